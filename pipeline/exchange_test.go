package pipeline

import (
	"strings"
	"testing"
	"time"
)

// TestTradedAndExchanged: fire and accusations "traded" or "exchanged"
// between two sides are the fighting or accusing of each, and an adverb
// of when or where after the object ("overnight", "nationwide") is no part
// of it.
func TestTradedAndExchanged(t *testing.T) {
	testLexRows(t, []lexRow{
		{"traded fire, coordinated subject", d, "India and Pakistan traded fire across the Line of Control.", "190", "IND>PAK", ""},
		{"traded fire, the other way", d, "India and Pakistan traded fire across the Line of Control.", "190", "PAK>IND", ""},
		{"traded fire with", d, "Indian troops traded fire with Pakistani soldiers on Sunday.", "190", "INDMIL>PAKMIL", ""},
		{"traded gunfire: small arms", d, "Serbian and Kosovo police traded gunfire near the border.", "193", "SRBCOP>XKXCOP", ""},
		{"exchanged accusations", d, "Armenia and Azerbaijan exchanged accusations of ceasefire violations.", "112", "ARM>AZE", ""},
		{"exchanged fire overnight", d, "Israeli troops and Hezbollah fighters exchanged artillery fire overnight.", "194", "ISRMIL>LBNRAD", ""},
		{"trade with: no force", d, "Kenya and Uganda want to trade more with each other.", "190", "", ""},
	})
}

// TestWhatTheyCalled: a free relative with a verb of naming names no act
// of that verb: "what they called a rigged election" calls no election.
func TestWhatTheyCalled(t *testing.T) {
	testLexRows(t, []lexRow{
		{"protest what they called", d, "Thousands of Kenyans marched to protest what they called a rigged election.", "08", "", ""},
		{"the protest is coded", d, "Thousands of Kenyans marched in Nairobi to protest what they called a rigged election.", "14", "KENCVL>KENGOV", ""},
		{"calling an election is still one", d, "Kenya's president called an early election.", "08", "KENGOV>KENOPP", ""},
	})
}

// TestArmedNouns: the nouns of armed men the actor files know (assailants,
// assassins, extremists) storm and raid as troops and rebels do.
func TestArmedNouns(t *testing.T) {
	testLexRows(t, []lexRow{
		{"assailants stormed a base", d, "The assailants stormed an army base near the border before dawn.", "190", "UAF>MIL", ""},
		{"extremists stormed a village", d, "Islamist extremists stormed a village in northern Mali.", "190", "RAD>MLICVL", ""},
		{"protesters storming stay a protest", d, "Protesters stormed the parliament building in Lima.", "190", "", ""},
	})
}

// TestAirlinesBanned: airlines banned from a country's airspace are a
// sanction on the airlines' country (163), not a curb on people's freedom.
func TestAirlinesBanned(t *testing.T) {
	testLexRows(t, []lexRow{
		{"airlines banned from airspace", d, "Britain banned Russian airlines from its airspace.", "163", "GBR>RUSBUS", ""},
		{"carriers barred", d, "The European Union banned Belarusian airlines from its airports.", "163", "IGOEUR>BLRBUS", ""},
		{"people kept from working stay 1721", d, "The Taliban banned women from working.", "163", "", ""},
	})
}

// TestCourtUpholds: a court that upholds or confirms a measure against a
// party, or a conviction, takes that measure again.
func TestCourtUpholds(t *testing.T) {
	testLexRows(t, []lexRow{
		{"upheld a party's suspension", d, "Guatemala's Constitutional Court upheld the suspension of the Seed Movement party.", "1722", "GTMJUD>GTMPTY", ""},
		{"confirmed a party's dissolution", d, "Cambodia's Supreme Court confirmed the dissolution of the opposition party.", "1722", "KHMJUD>KHMOPP", ""},
		{"upheld a conviction", d, "Thailand's Supreme Court upheld the conviction of the opposition leader.", "116", "THAJUD>THAOPP", ""},
		{"upheld a ruling of no one: nothing", d, "The appeals court upheld the lower court's ruling on the tax case.", "1722", "", ""},
	})
}

// TestVisaServicesSuspended: visa or consular services suspended are a
// travel restriction (163), as visas suspended are.
func TestVisaServicesSuspended(t *testing.T) {
	testLexRows(t, []lexRow{
		{"visa services at an embassy", d, "The State Department suspended visa services at its embassy in Bogota.", "163", "USAGOV>COL", ""},
		{"consular services for a people", d, "Russia suspended consular services for Latvian citizens.", "163", "RUS>LVACVL", ""},
		{"a bus service suspended: nothing", d, "The city suspended bus services after the storm.", "163", "", ""},
	})
}

// TestCrowdsOverrun: a crowd that overruns or breaches barricades or a
// cordon protests violently (145); armed men who overrun a base occupy it.
func TestCrowdsOverrun(t *testing.T) {
	testLexRows(t, []lexRow{
		{"protesters overran barricades", d, "Kenyan protesters overran the barricades outside parliament.", "145", "KENOPP>KENGOV", ""},
		{"demonstrators breached a cordon", d, "Demonstrators in Nairobi breached the police cordon.", "145", "KENOPP>KENCOP", ""},
		{"rebels overran a base", d, "Rebels overran an army base in northern Mali.", "192", "MLIREB>MLIMIL", ""},
	})
}

// TestDayOfAnotherClause: a day inside another main clause's complement
// dates that clause's acts, not those of the clause before "and".
func TestDayOfAnotherClause(t *testing.T) {
	c := newCoder(t)
	on := time.Date(2022, 7, 10, 0, 0, 0, 0, time.UTC)
	text := "COLOMBO, Sri Lanka (AP) — Opposition leader Sajith Premadasa called on the president to step down, and the speaker later said the president had agreed to quit on Wednesday.\n"
	var call string
	for _, e := range codeText(t, c, text, on) {
		if strings.HasPrefix(e.CAMEO, "02") {
			call = string(e.Date)
		}
	}
	if call != "2022-07-10" {
		t.Errorf("the call is dated %q, want the story's day 2022-07-10, not the Wednesday of the quitting", call)
	}
}

// TestRevengeOn: revenge or retaliation vowed "on" or "against" a party
// threatens that party.
func TestRevengeOn(t *testing.T) {
	testLexRows(t, []lexRow{
		{"revenge on", d, "The PKK vowed revenge on the Turkish state.", "13", "TURREB>TUR", ""},
		{"retaliation against", d, "Iran vowed retaliation against Israel.", "13", "IRN>ISR", ""},
		{"revenge for an act: no party", d, "Hezbollah vowed revenge for the killing of its commander.", "13", "LBNRAD>", ""},
	})
}

// TestHijackers: hijackers and hostage-takers are armed men of no country
// (UAF) who free or hold their hostages.
func TestHijackers(t *testing.T) {
	testLexRows(t, []lexRow{
		{"hijackers freed passengers", d, "The hijackers freed the last 155 passengers on Friday.", "0841", "UAF>CVL", ""},
		{"hostage-takers released captives", d, "The hostage-takers released two Japanese captives.", "0841", "UAF>JPNCVL", ""},
	})
}
