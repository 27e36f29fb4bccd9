package pipeline

import "testing"

// TestApposAnd: a subject set off by two descriptions joined by "and" or
// "or" right before its verb ("Ghana, the former colonial power and Togo's
// main trade partner, recalled") is the one actor that acts: neither
// description, nor the country one of them names, is a second source, and
// a person takes the country the first description gives. A list of
// countries stays a list; one description works as before.
func TestApposAnd(t *testing.T) {
	testLexRows(t, []lexRow{
		{"the, then a possessor", "2020-01-10",
			"Ghana, the former colonial power and Togo's main trade partner, recalled its ambassador on Friday.",
			"161", "GHA>TGOGOV", ""},
		{"a possessor, then a bare description", "2020-01-10",
			"Britain, Jordan's oldest ally and largest aid donor, condemned the attack on Amman.",
			"111", "GBR>", ""},
		{"two descriptions with of-phrases", "2020-01-10",
			"Rwanda, a close partner of Kampala and a member of the regional bloc, sent troops to Congo.",
			"154", "RWA>COD", ""},
		{"a person named with a title", "2020-01-10",
			"Prince Khalid, the Saudi interior minister and a veteran diplomat, met the Jordanian foreign minister.",
			"04", "SAUGOV>JORGOV", ""},
		{"or", "2020-01-10",
			"Algeria, the main mediator or a guarantor of the accord, urged Mali to resume talks.",
			"026", "DZA>MLI", ""},
		{"a relative clause in the second", "2020-01-10",
			"Norway, the chief mediator and a country that hosted earlier rounds, urged Colombia to resume the talks.",
			"026", "NOR>COL", ""},
		{"an adverb before the verb", "2020-01-10",
			"Iran, Syria's main backer and a regional power, also criticised the strike.",
			"111", "IRN>", ""},
		{"a time before the verb", "2020-01-10",
			"Iran, Syria's main backer and a regional power, on Monday criticised the strike.",
			"111", "IRN>", ""},
		// must not change
		{"a list of countries", "2020-01-10",
			"France, Germany and Italy condemned the raid on Gaza.",
			"111", "DEU>PSE", ""},
		{"one description", "2020-01-10",
			"Lavrov, Russia's foreign minister, criticised the sanctions on Monday.",
			"111", "RUSGOV>", ""},
	})
}
