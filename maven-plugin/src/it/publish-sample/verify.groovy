def editions = new File(basedir, 'target/editions').listFiles().findAll { it.isFile() }
def formats = editions.collect { it.name.substring(it.name.lastIndexOf('.') + 1) } as Set
assert formats.containsAll(['pdf', 'docx', 'epub', 'md']) : "editions written: ${formats}"
editions.each { edition ->
    def format = edition.name.substring(edition.name.lastIndexOf('.') + 1)
    def installed = new File(localRepositoryPath,
            "dev/editions/it/publish-sample/1.0/publish-sample-1.0-defining-dialogue.${format}")
    assert installed.isFile() : "not attached and installed: ${installed}"
    assert installed.bytes == edition.bytes
}
def log = new File(basedir, 'build.log').text
def secondBuild = log.indexOf('Editions of defining-dialogue.txt are up to date')
assert secondBuild > 0 : 'the second build did not find the editions up to date'
assert log.substring(0, secondBuild).count('[INFO] Wrote ') == editions.size() : 'one line per edition written'
assert !log.substring(secondBuild).contains('[INFO] Wrote ') : 'the second build wrote again'
assert log.contains('no findings')
