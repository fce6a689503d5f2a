def folder = new File(basedir, 'report/target/editions')
def cards = new File(folder, 'defining-dialogue.cards')
assert cards.isFile() : "the third-party edition was not written: ${folder.list()}"
assert cards.readLines().count { it.startsWith('== card ') } == 4 : 'four blocks, one to a card, as the option says (three by default)'
def epub = new java.util.zip.ZipFile(new File(folder, 'defining-dialogue.epub'))
def breaks = epub.entries().toList().findAll { it.name ==~ /EPUB\/chapter-\d+\.xhtml/ }
        .sum { epub.getInputStream(it).text.count('epub:type="pagebreak"') }
epub.close()
assert breaks == 4 : "the EPUB carries the cards as its pages: ${breaks}"
def log = new File(basedir, 'build.log').text
assert log.indexOf('defining-dialogue.cards (cards') < log.indexOf('defining-dialogue.epub (epub') : 'paginated first'
