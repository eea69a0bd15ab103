// The program's own checks ran (a failed one exits 1 and fails the build before this script); this makes
// sure the program ran at all and printed its result.
def log = new File(basedir, 'build.log').text
assert log.contains('consumer ok: Kotlin') : 'the Kotlin consumer program did not report success'
