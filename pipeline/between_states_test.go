package pipeline

import "testing"

// TestForcesBetweenStates: a refusal (12) or a ban (172) one state aims at
// another state's forces, named as such (its troops, aircraft, warships),
// falls on that state's government (policy.tsv's between), as a demand of
// its forces is asked of it; a junta's own army, forces of the source's
// own country and a person keep their sector. A refusal denied or only
// supposed is no event.
func TestForcesBetweenStates(t *testing.T) {
	testLexRowsWith(t, defaultCoder(t), []lexRow{
		{"refused to let planes land", "2025-01-27", "President Gustavo Petro refused on Sunday to let two U.S. military planes land in Colombia.", "120", "COLGOV>USAGOV", ""},
		{"barred aircraft", "2023-08-07", "Niger's junta barred French aircraft from flying over Niger on Sunday.", "1722", "NERGOV>FRAGOV", ""},
		{"refused a destroyer's port call", "1985-02-05", "New Zealand refused on Monday to let the American destroyer Buchanan make a port call.", "120", "NZLGOV>USAGOV", ""},
		{"barred troops from a base", "2017-05-16", "Turkey barred German troops from visiting the Incirlik air base.", "1722", "TURGOV>DEUGOV", ""},
		{"banned warplanes from airspace", "2022-03-01", "Canada banned Russian warplanes from its airspace on Sunday.", "1721", "CANGOV>RUSGOV", ""},
		{"a parliament rejected troops' use of its land", "2003-03-02", "The Turkish parliament rejected a motion to let U.S. troops use its territory.", "120", "TURLEG>USAGOV", ""},
		{"refused warships a longer stay", "2010-04-10", "Ukraine refused to let Russian warships stay in Sevastopol after 2017.", "120", "UKRGOV>RUSGOV", ""},
		{"own soldiers barred keep theirs", "2014-05-22", "The Thai army barred its soldiers from joining the protests.", "1722", "THAMIL>THAMIL", ""},
		{"a junta's army barred keeps its own", "2023-08-07", "Niger's junta barred the army from leaving its barracks.", "1722", "NERGOV>NERMIL", ""},
		{"a general refused keeps his own", "2019-02-24", "Venezuela refused to let Colombian General Luis Navarro enter the country.", "12", "VENGOV>COLMIL", ""},
		{"an arrest of foreign soldiers stays theirs", "2002-07-11", "Spanish special forces detained six Moroccan soldiers on the islet on Wednesday.", "173", "ESPMIL>MARMIL", ""},
		{"a refusal denied", "2025-01-27", "Colombia did not refuse to let the U.S. military planes land.", "12", "", ""},
		{"a refusal supposed", "2025-01-27", "Colombia may refuse to let U.S. military planes land next week.", "12", "", ""},
	})
}
