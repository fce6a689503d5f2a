assert !new File(basedir, 'target/editions').exists() : 'editions written although skipped'
assert new File(basedir, 'build.log').text.contains('Skipping the editions')
