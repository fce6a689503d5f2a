def log = new File(basedir, 'build.log').text
// The build fails with the line the command prints for the same file: "editions: SOURCE: problem".
assert log =~ /: editions: \S*broken\.txt: byte 13: invalid UTF-8 \(byte 0xE9 on line 3\)/ : 'the failure is not the command\'s line naming the file and byte'
assert !new File(basedir, 'target/editions/broken.docx').exists()
