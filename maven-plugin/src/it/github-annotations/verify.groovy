def lines = new File(basedir, 'build.log').readLines()
assert lines.contains('::error file=src/journeys/journeys/buy.yaml,line=7,col=18,title=emotion-out-of-scale::emotion 3 is outside the scale -2..2; write a number from -2 to 2')
assert lines.any { it.startsWith('::warning file=src/journeys/personas/ben.yaml,line=1,col=1,title=persona-unused::') }
return true
