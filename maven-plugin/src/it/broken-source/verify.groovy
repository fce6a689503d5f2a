def log = new File(basedir, 'build.log').text
assert log.contains('broken.txt: byte 13: invalid UTF-8') : 'the failure does not name the file and byte'
assert !new File(basedir, 'target/editions/broken.docx').exists()
