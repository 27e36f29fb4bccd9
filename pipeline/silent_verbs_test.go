package pipeline

import "testing"

// Verbs of clear acts that coded nothing when the phrase after them took
// a common shape: the convicted named by a possessor, a rejection of
// measures. Each family is
// written for this file.

// TestUpheldConviction: a court that upholds a conviction or a sentence
// passes it again (116), on whom the phrase names, by a possessor as by
// "of".
func TestUpheldConviction(t *testing.T) {
	testLexRows(t, []lexRow{
		{"a possessor's conviction upheld", "2021-04-27", "A Moscow appeals court upheld Navalny's conviction on Tuesday.", "116", "RUSJUD>RUSOPP", ""},
		{"a pronoun's death sentence upheld", "1979-02-07", "Pakistan's Supreme Court upheld his death sentence in February.", "116", "PAKJUD>", ""},
		{"a possessor's conviction confirmed", "2019-06-12", "A Thai court confirmed Thaksin's conviction on Monday.", "116", "THAJUD>THAOPP", ""},
		{"the verdict upheld, present perfect", "2022-01-10", "Myanmar's Supreme Court has upheld Suu Kyi's sentence.", "116", "MMRJUD>MMROPP", ""},
		{"an agent's sentence upheld", "2016-05-03", "An Iranian appeals court upheld the opposition leader's sentence.", "116", "IRNJUD>IRNOPP", ""},
		{"the conviction of someone still upheld", "2016-05-03", "Turkey's top court upheld the conviction of the opposition leader on Tuesday.", "116", "TURJUD>TUROPP", ""},
		{"a conviction overturned is no finding", "2016-05-03", "A Turkish court overturned Dundar's conviction on Tuesday.", "116", "", ""},
	})
}

// TestBrushedOffMeasures: brushing off or shrugging off measures,
// sanctions or a warning is rejecting them (120), as brushing aside is.
func TestBrushedOffMeasures(t *testing.T) {
	testLexRows(t, []lexRow{
		{"sanctions brushed off", "2017-08-01", "Maduro brushed off the new U.S. sanctions on Monday night.", "120", "VENGOV>USA", ""},
		{"sanctions shrugged off", "2018-04-07", "Russia shrugged off the American sanctions on Friday.", "120", "RUS>USA", ""},
		{"measures brushed off", "2019-01-29", "Tehran brushed off the European measures on Tuesday.", "120", "IRNGOV>", ""},
		{"a ruling shrugged off", "2016-07-13", "China shrugged off the tribunal's ruling on Tuesday.", "120", "CHN>JUD", ""},
		{"a threat brushed off, present perfect", "2020-01-05", "Iran's foreign minister has brushed off Trump's threat.", "120", "IRNGOV>USAGOV", ""},
	})
}
