package pipeline

import "testing"

// TestCountedCrowdActs: a crowd counted by a number ("a crowd of several
// thousand", "a crowd of about 2,000") is the subject of the verbs after
// the count, also of two joined past forms with their objects ("stormed and
// set fire to", "marched and burned tyres"), which are finite verbs, not
// participles on the count.
func TestCountedCrowdActs(t *testing.T) {
	testLexRows(t, []lexRow{
		{"several thousand stormed and set fire", "2012-12-05", "A crowd of several thousand stormed and set fire to the Danish embassy in Damascus.", "14", "SYRCVL>DNKGOV", ""},
		{"about 2,000 marched and burned", "2014-02-10", "In Sarajevo, a crowd of about 2,000 marched and burned tyres outside the Bosnian presidency.", "14", "BIHCVL>BIHGOV", ""},
		{"several hundred stormed", "2011-01-20", "A mob of several hundred stormed the Tunisian governor's office in Kasserine.", "14", "TUNCVL>TUNGOV", ""},
		{"5,000 stormed and looted", "2003-04-11", "A crowd of some 5,000 stormed and looted the Iraqi foreign ministry in Baghdad.", "14", "IRQCVL>IRQGOV", ""},
		{"several thousand protesters", "2019-10-20", "Several thousand Lebanese protesters marched on the parliament in Beirut.", "14", "LBNOPP>LBNLEG", ""},
		{"a count killed and wounded", "2019-10-20", "Three killed and two wounded in the blast in Kabul, police said.", "19", "", ""},
	})
}

// TestTimeThenCount: a word of the time of day, then a plural that counts
// people ("By evening thousands had gathered", "In the morning hundreds
// marched") is two phrases: the count is the clause's subject, a crowd.
func TestTimeThenCount(t *testing.T) {
	testLexRows(t, []lexRow{
		{"by evening thousands", "2008-03-02", "Police beat Armenian protesters in Yerevan on Saturday. By evening thousands had gathered again near the embassy, building barricades.", "14", "ARMCVL>ARMGOV", ""},
		{"in the morning hundreds", "2004-11-24", "In the morning hundreds of Ukrainian students marched on the parliament in Kiev.", "14", "UKRCVL>UKRLEG", ""},
		{"by nightfall thousands", "2011-02-01", "By nightfall thousands had blocked the main roads into the Egyptian capital.", "14", "EGYCVL>EGYGOV", ""},
		{"within hours hundreds", "2013-07-04", "Within hours hundreds marched through Cairo to protest against the Egyptian army.", "14", "EGYCVL>EGYMIL", ""},
		{"dawn raids keep their noun", "2013-07-04", "Kenyan police arrested 40 suspects in dawn raids in Nairobi.", "17", "KENCOP>KENCVL", ""},
	})
}
