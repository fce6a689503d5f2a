// An edition with no title, no language and an image without alt text, as a careless tool writes it.
import java.util.zip.ZipEntry
import java.util.zip.ZipOutputStream

def folder = new File(basedir, 'target/editions')
folder.mkdirs()
def parts = [
    '[Content_Types].xml': '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    '_rels/.rels': '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    'word/document.xml': '<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>Report</w:t></w:r></w:p><w:p/><w:p/></w:body></w:document>',
]
new ZipOutputStream(new FileOutputStream(new File(folder, 'careless.docx'))).withCloseable { zip ->
    parts.each { name, text ->
        zip.putNextEntry(new ZipEntry(name))
        zip.write(text.getBytes('UTF-8'))
        zip.closeEntry()
    }
}
return true
