def log = new File(basedir, 'build.log').text
assert log.contains('accessibility finding') : 'the careless edition passed'
assert log.contains('careless.docx: ')
