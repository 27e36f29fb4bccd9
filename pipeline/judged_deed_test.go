package pipeline

import "testing"

// TestJudgementByAdjective: a judgement says what a thing is with an
// adjective, however it is put: after an adverb of degree ("called the
// test extremely dangerous", "was deeply flawed") or before a general noun
// of an act ("called the launch a dangerous act", "an illegal move"). A
// word of praise, or a negated judgement, is no criticism.
func TestJudgementByAdjective(t *testing.T) {
	testLexRows(t, []lexRow{
		{"adverb before the adjective", d, "Japan's prime minister called the missile launch extremely dangerous.", "111", "JPNGOV>", ""},
		{"two adverbs", d, "The opposition said the new electoral law was very deeply flawed.", "111", "OPP>", ""},
		{"totally unacceptable", d, "Germany called Turkey's decision totally unacceptable.", "111", "DEU>TUR", ""},
		{"a dangerous act", d, "Japan's prime minister called the launch an extremely dangerous act.", "111", "JPNGOV>", ""},
		{"an illegal move", d, "The Palestinian Authority described the expansion of settlements as an illegal move.", "111", "PSE>", ""},
		{"a provocative step", d, "South Korea called the drills a provocative step.", "111", "KOR>", ""},
		{"praise is no criticism", d, "The president called the agreement a historic step.", "111", "", ""},
		{"a useful act is no criticism", d, "The minister called the talks extremely useful.", "111", "", ""},
		{"a negated judgement", d, "The observers said the vote was not seriously flawed.", "111", "", ""},
	})
}

// TestLikenedToWrongdoers: likening people to wrongdoers ("pirates",
// "gangsters", "thugs") criticises them (111); a likeness that blames no
// one is no event.
func TestLikenedToWrongdoers(t *testing.T) {
	testLexRows(t, []lexRow{
		{"likened crews to pirates", d, "The Philippine navy chief likened the Chinese crews to pirates.", "111", "PHLMIL>CHNGOV", ""},
		{"compared leaders to gangsters", d, "Ukraine's foreign minister compared the Russian commanders to gangsters.", "111", "UKRGOV>RUSMIL", ""},
		{"likened to occupiers", d, "The Syrian government likened the Turkish troops to occupiers.", "111", "SYRGOV>TURMIL", ""},
		{"a likeness that blames no one", d, "The general likened the campaign to a marathon.", "111", "", ""},
	})
}

// TestStoppedWork: workers who stop or halt work, or lay down their tools,
// strike (143); a company or a court that stops work on a project does not.
func TestStoppedWork(t *testing.T) {
	testLexRows(t, []lexRow{
		{"dockers stopped work", d, "Dock workers in Gdansk stopped work on Monday in defiance of the decree.", "143", "POLLAB>POLGOV", ""},
		{"miners halted work", d, "Miners in Potosi halted work at three pits to demand higher pay.", "143", "BOLLAB>BOLGOV", ""},
		{"teachers laid down their tools", d, "Teachers in Harare laid down their tools over unpaid wages.", "143", "ZWECVL>ZWEGOV", ""},
		{"a company stops work on a dam: no strike", d, "The Chinese company stopped work on the dam in Myanmar.", "143", "", ""},
		{"negated", d, "Nurses in Nairobi did not stop work on Monday.", "143", "", ""},
	})
}

// TestTakenAwayByOffice: an official named by office and led off by an
// authority is detained (173), as one named or a pronoun is; a thing
// taken away is not.
func TestTakenAwayByOffice(t *testing.T) {
	testLexRows(t, []lexRow{
		{"took away the former minister", d, "Police in Kuala Lumpur took away the former finance minister late on Sunday.", "173", "MYSCOP>MYSGOV", ""},
		{"led away the opposition leader", d, "Riot police in Minsk led away the opposition leader.", "173", "BLRCOP>BLROPP", ""},
		{"hauled off a judge", d, "Soldiers in Bamako hauled off the chief judge.", "173", "MLIMIL>MLIJUD", ""},
		{"a thing taken away: no detention", d, "Police in Minsk took away their passports.", "173", "", ""},
		{"an immunity taken away: no detention", d, "The court took away the minister's immunity.", "173", "", ""},
	})
}

// TestProtestPutDown: a protest broken up, blocked or dispersed is those
// who protest: the target is the country's people, also when the act is
// a passive told as a threat ("any further gatherings would be broken
// up": 137, the police's).
func TestProtestPutDown(t *testing.T) {
	testLexRows(t, []lexRow{
		{"broke up a vigil", d, "Police in Harare broke up the vigil.", "175", "ZWECOP>ZWECVL", ""},
		{"blocked a march", d, "Troops blocked the march in Minsk.", "175", "BLRMIL>BLRCVL", ""},
		{"threat: gatherings would be broken up", d, "KUALA LUMPUR, Malaysia — The national police chief warned that any further illegal gatherings would be broken up firmly.", "137", "MYSCOP>MYSCVL", ""},
		{"threat: protests would be dispersed", d, "HARARE, Zimbabwe — The police chief warned that any further protests would be dispersed.", "137", "ZWECOP>ZWECVL", ""},
		{"a gathering of leaders: no event", d, "Leaders attended a gathering in Abuja.", "175", "", ""},
	})
}

// TestSetOffAndHandedCaptives: bombs or explosions set off near a place
// are a bombing (183) aimed at whom the place is of; captives handed to a
// go-between are released (0841). Tear gas set off, or a letter handed
// over, is neither.
func TestSetOffAndHandedCaptives(t *testing.T) {
	testLexRows(t, []lexRow{
		{"explosions near a police station", d, "Gang members set off explosions near a police station in Guayaquil.", "183", "ECUCRM>ECUCOP", ""},
		{"a bomb outside a ministry", d, "Militants set off a bomb outside the interior ministry in Kabul.", "183", "AFGREB>AFGGOV", ""},
		{"hostages handed to the Red Cross", d, "Hamas handed 24 Israeli hostages to the Red Cross on Friday.", "0841", "PSEREB>ISRCVL", ""},
		{"tear gas: no bombing", d, "Police in Nairobi set off tear gas.", "183", "", ""},
		{"a letter handed: no release", d, "The minister handed a letter to the Iranian ambassador.", "0841", "", ""},
	})
}

// TestNeutralised: armed men or gangs "neutralised" by forces are fought
// down (190), in either spelling; a threat or a risk neutralised is no
// attack on anyone.
func TestNeutralised(t *testing.T) {
	testLexRows(t, []lexRow{
		{"neutralised a gunman", d, "Troops neutralised a gunman in Mali.", "190", "MLIMIL>MLIUAF", ""},
		{"neutralized militants, reported", d, "The Nigerian army said it had neutralized 15 militants in Borno.", "190", "NGAMIL>NGAREB", ""},
		{"a threat neutralised: no attack", d, "The Kenyan army neutralized the threat.", "190", "", ""},
	})
}

// TestArrangedBetween: a meeting or talks arranged or organised between
// others mediates them (045), each party a target; a meeting arranged
// with someone is no mediation.
func TestArrangedBetween(t *testing.T) {
	testLexRows(t, []lexRow{
		{"organised talks between two", d, "Qatar organised talks between Hamas and Fatah.", "045", "QAT>PSEPTY", ""},
		{"arranged a meeting between two states", d, "Russia arranged a meeting between Armenia and Azerbaijan.", "045", "RUS>AZE", ""},
		{"a meeting arranged with one: no mediation", d, "The ministry arranged a meeting with the Kenyan ambassador.", "045", "", ""},
	})
}

// TestDemandUntil: "X will not do A until Y does B" demands B of Y (10x)
// by X, or by who tells it when X is not named; "until" under an act
// that is not refused only says when ("will keep its troops there until
// the elections are held").
func TestDemandUntil(t *testing.T) {
	testLexRows(t, []lexRow{
		{"refused to free until withdraws", d, "The rebels refused to free the hostages until the army withdraws from the valley.", "10", "REB>MIL", ""},
		{"will not withdraw until releases", d, "Armenia will not withdraw until Azerbaijan releases the prisoners.", "10", "ARM>AZE", ""},
		{"would not be lifted until, told", d, "The EU said sanctions would not be lifted until Russia withdraws its troops from Ukraine.", "10", "IGOEUR>RUS", ""},
		{"ties not restored until paid", d, "Thailand's foreign minister said ties would not be restored until Cambodia paid compensation.", "10", "THAGOV>KHM", ""},
		{"not refused: no demand", d, "Kenya will keep its troops in Somalia until the elections are held.", "10", "", ""},
		{"a past until: no demand", d, "Fighting did not stop until the army withdrew from the town.", "10", "", ""},
	})
}

// TestPulledOutOfMeeting: a state that pulls out of or withdraws from a
// summit or conference refuses to meet (125), as one that withdraws from
// talks halts them (164); forces that pull out of a town withdraw (087).
func TestPulledOutOfMeeting(t *testing.T) {
	testLexRows(t, []lexRow{
		{"pulled out of a summit", d, "India pulled out of a regional summit in Islamabad.", "125", "IND>", ""},
		{"withdrew from a conference", d, "Kenya withdrew from the conference in Addis Ababa.", "125", "KEN>", ""},
		{"talks: halted, not refused", d, "The opposition in Caracas withdrew from the talks.", "125", "", ""},
		{"troops from a town: no refusal", d, "Troops pulled out of the town of Bakhmut.", "125", "", ""},
	})
}

// TestRefusedOwnObject: a refused act whose object names one of the
// refusers ("refused to enforce it", the pronoun read as the army) is
// still a refusal (120), aimed at who last asked it of them.
func TestRefusedOwnObject(t *testing.T) {
	testLexRows(t, []lexRow{
		{"army and police refused to enforce it", d, "The Georgian president declared a state of emergency, but army and police commanders refused to enforce it.", "120", "GEOMIL>GEOGOV", ""},
		{"the army refused to enforce it", d, "The Georgian president declared a state of emergency, but the army refused to enforce it.", "120", "GEOMIL>GEOGOV", ""},
	})
}
