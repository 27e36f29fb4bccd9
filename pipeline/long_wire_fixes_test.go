package pipeline

import "testing"

// TestStruckBy holds strikes told by what struck: joined adjectives that
// share the noun a lexicon line asks of the subject ("American and
// British warplanes struck") and missiles, rockets and shells as the
// subject of "struck" or "hit", also in a clause that says when others
// were killed; a deal struck and a storm that hit a coast are no attack.
func TestStruckBy(t *testing.T) {
	testLexRows(t, []lexRow{
		{"joined adjectives share warplanes", sweepDate, "American and British warplanes struck radar sites in Yemen on Friday.", "195", "USAMIL>YEMMIL", ""},
		{"joined adjectives, the second", sweepDate, "American and British warplanes struck radar sites in Yemen on Friday.", "195", "GBRMIL>YEMMIL", ""},
		{"missiles struck a city", sweepDate, "Russian missiles struck the centre of Kharkiv on Monday, killing four people.", "194", "RUS>UKR", ""},
		{"rockets hit a town", sweepDate, "Rockets fired by Hezbollah hit a town in northern Israel on Sunday.", "194", "LBNRAD>ISR", ""},
		{"shells hit, in a when-clause", sweepDate, "Two children were killed on Tuesday when Israeli shells hit a school in Gaza.", "194", "ISR>PSECVL", ""},
		{"not: a deal struck", sweepDate, "Iran and Iraq struck a deal on gas exports on Monday.", "19", "", ""},
		{"not: a storm hit", sweepDate, "A tropical storm hit the coast of Bangladesh on Monday.", "19", "", ""},
	})
}

// TestHandedOver holds captives handed over, named by who they are and
// not only by a word of captivity ("handed over three Israeli women to the
// Red Cross"), as released (0841), aimed at their side, not at whoever
// received them; and patrol boats and warships handed over to another
// state's forces as military aid. A town handed over is neither.
func TestHandedOver(t *testing.T) {
	testLexRows(t, []lexRow{
		{"captives by who they are", sweepDate, "Hamas handed over three Israeli women to the Red Cross in Gaza on Sunday.", "0841", "PSEREB>ISRCVL", ""},
		{"people of another state", sweepDate, "The Georgian authorities handed over three Turkish engineers to the embassy on Monday.", "0841", "GEOGOV>TURCVL", ""},
		{"an aside before the captives", sweepDate, "The rebels handed over on Friday, after weeks of talks, two Kenyan engineers.", "0841", "REB>KENCVL", ""},
		{"patrol boats to a navy", sweepDate, "Japan handed over two patrol boats to the Philippine navy on Thursday.", "072", "JPN>PHLMIL", ""},
		{"not: a town handed over", sweepDate, "The rebels handed over the town to the army on Monday.", "0841", "", ""},
	})
}

// TestSeizedArms holds arms named by their kind ("rifles", "guns",
// "ammunition") as property seized (171), as "weapons" already were;
// power and towns seized keep their own codes.
func TestSeizedArms(t *testing.T) {
	testLexRows(t, []lexRow{
		{"rifles seized by a navy", sweepDate, "The Indian navy seized three hundred rifles from a fishing boat off the coast of Gujarat on Friday.", "171", "INDMIL>IND", ""},
		{"ammunition seized by troops", sweepDate, "Ukrainian troops seized ammunition from a Russian depot near Kherson on Monday.", "171", "UKRMIL>RUS", ""},
		{"not: a town seized", sweepDate, "Rebels seized the town of Goma on Monday.", "171", "", ""},
	})
}

// TestFrontedMeeting holds a consultation named in the phrase that opens a
// clause ("In a telephone call with Putin on Wednesday, Erdogan
// discussed", "During talks with Iran, the envoy said"): the clause's
// subject had it with whom its phrase names. An attack so named is left
// to the clause's own verb, and a call that opens a passive names no one.
func TestFrontedMeeting(t *testing.T) {
	testLexRows(t, []lexRow{
		{"in a telephone call with", sweepDate, "In a telephone call with the Russian president on Wednesday, the Turkish president discussed the grain deal.", "041", "TURGOV>RUSGOV", ""},
		{"during talks with", sweepDate, "During talks with Iran in Oman on Sunday, the American envoy raised the fate of three detained citizens.", "04", "USAGOV>IRN", ""},
		{"at a meeting with", sweepDate, "At a meeting with the Chinese premier in Beijing, the German chancellor called for fair access to Chinese markets.", "04", "DEUGOV>CHNGOV", ""},
		{"not: a passive clause", sweepDate, "In a telephone call with the Russian president, the grain deal was discussed at length.", "041", "", ""},
	})
}
