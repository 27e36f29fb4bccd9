package pipeline

import "testing"

// TestUnknownPersonByVerb: a name of two or three capitalised words the
// actor files lack is a person when a verb whose object is a person stands
// right before it ("police detained Mehmet Agca at", "arrested Hassan Warsame
// on Monday") or one whose subject is a person right after it, or when an
// age set off by commas follows it ("Mehmet Ali Agca, 23,"); the person
// has no sector and the sentence's or story's country, and a later bare
// surname is the same person. A place, a time word, a quoted title, an
// attributive participle ("the jailed") and a negated or foreseen act name
// no one or code nothing.
func TestUnknownPersonByVerb(t *testing.T) {
	testLexRows(t, []lexRow{
		{"police detained a man at their headquarters", "1981-05-14", "Italian police detained Mehmet Agca at their headquarters in Rome.", "173", "ITACOP>ITA", ""},
		{"soldiers arrested a man on Monday", "2009-03-02", "Kenyan soldiers arrested Hassan Warsame on Monday.", "173", "KENMIL>KEN", ""},
		{"police detained a man in a city in a year", "1997-06-01", "Turkish police detained Selahattin Yurtsever in Ankara in 1997.", "173", "TURCOP>TUR", ""},
		{"troops abducted a man near a town", "1990-08-10", "Peruvian troops abducted Hugo Quispe near Ayacucho.", "181", "PERMIL>PER", ""},
		{"a court jailed a woman for years", "2019-02-20", "A Russian court jailed Yelena Sokolova for six years.", "116", "RUSJUD>RUS", ""},
		{"a court sentenced a man to death", "2014-02-07", "A Nigerian court sentenced Chukwuma Okafor to death on Friday.", "116", "NGAJUD>NGA", ""},
		{"gunmen kidnapped a man last week", "2021-11-03", "Haitian gunmen kidnapped Pierre Dorval in Port-au-Prince last week.", "181", "HTIUAF>HTI", ""},
		{"a man resigned, a possessive's country", "2003-10-17", "Bolivian police said Ricardo Quiroga resigned on Friday.", "0831", "BOL>BOLOPP", ""},
		{"the surname again in the next sentence", "2009-03-02", "Police in Kenya arrested Hassan Warsame. Warsame was freed on Tuesday.", "0841", "KENCOP>KEN", ""},
		{"a surname again after a detention in a year", "1997-06-01", "Turkish police detained Selahattin Yurtsever in Ankara in 1997. Yurtsever was freed a week later.", "0841", "TURCOP>TUR", ""},
		{"a man who fled, then his surname", "2016-04-12", "Burundian police said Pierre Nkurunziza Ndayishimiye fled. Ndayishimiye was arrested in Rwanda.", "173", "RWACOP>BDI", ""},
		{"the role told when the full name comes again", "2010-06-01", "Ugandan police arrested Moses Kato on Monday. Moses Kato, an opposition lawmaker, denounced the arrest.", "173", "UGACOP>UGALEG", ""},
		{"a man named with his age, then held by his surname", "1981-05-14", "Police identified the man as Mehmet Ali Agca, 23, and said he had fired two shots. Italian police held Agca at their headquarters.", "173", "ITACOP>ITA", ""},
		{"an arrest foreseen is a threat, not an arrest", "2012-04-04", "Colombian soldiers will arrest Hernan Zuluaga if he returns.", "173", "", ""},
		{"an arrest denied", "2009-03-02", "Kenyan police did not arrest Hassan Warsame.", "173", "", ""},
		{"a town held is no person held", "1995-03-01", "Ethiopian troops held Jijiga on Monday.", "173", "", ""},
		{"a quoted title is no person", "1999-07-01", "Egyptian police held \"Ahmed Shawqi\" poetry readings in Cairo.", "173", "", ""},
		{"a weekday before talks is no person", "2016-05-09", "Kenyan police held Monday talks with the rebels.", "173", "", ""},
		{"a body's name before its members is no person", "2001-01-23", "Chinese police arrested Falun Gong followers in Beijing.", "173", "CHNCOP>CHNREL", ""},
		{"an attributive participle names no object", "1979-10-25", "The deposed Shah Reza Pahlavi flew to New York on Monday.", "173", "", ""},
	})
}
