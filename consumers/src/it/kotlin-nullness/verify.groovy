// The build failed (invoker.properties requires it); make sure it failed for the reason this project exists:
// Kotlin refused a nullable String where argmap's API declares a non-null one.
def log = new File(basedir, 'build.log').text
assert log.contains('Main.kt') && log =~ /(?i)type mismatch|argument type mismatch|Null can not be|Null cannot be/ :
    'the build did not fail on the nullness of StatementId.of'
assert log.contains('String?') : 'the compile error does not name the nullable String: ' + log.readLines().findAll { it.contains('ERROR') }.join('\n')
