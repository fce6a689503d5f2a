def first = new File(basedir, 'first/target/editions').listFiles().findAll { it.isFile() }.sort { it.name }
def second = new File(basedir, 'second/target/editions').listFiles().findAll { it.isFile() }.sort { it.name }
assert first*.name == second*.name
assert first.size() >= 4 : "editions written: ${first*.name}"
[first, second].transpose().each { a, b ->
    assert a.bytes == b.bytes : "${a.name} differs between the two modules built in parallel"
}
def log = new File(basedir, 'build.log').text
assert log.contains('MultiThreadedBuilder implementation with a thread count of 2') : 'the build did not run in parallel'
