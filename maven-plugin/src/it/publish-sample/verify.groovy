def editions = new File(basedir, 'target/editions').listFiles().findAll { it.isFile() && !it.name.startsWith('conformance.') }
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
def report = new File(basedir, 'target/editions/conformance.json')
assert report.isFile() : 'no conformance report'
assert report.text.contains('"passed" : true')
assert report.text.contains('"checker" : "veraPDF"') : 'editions-verify as a plugin dependency runs veraPDF'
assert report.text.contains('"checkedAt" : "2026-01-01T00:00:00Z"')
def attached = new File(localRepositoryPath, 'dev/editions/it/publish-sample/1.0/publish-sample-1.0-conformance.json')
assert attached.isFile() : 'the report is not attached'
assert log =~ /defining-dialogue\.pdf: veraPDF PDF\/A-2a pass \([\d,]+ checks\), veraPDF PDF\/UA-1 pass/
