package pipeline

import "testing"

// TestForceHeldOut: "would respond at a time of its choosing" and
// "reserves the right to respond" hold out force (138x), said of what is
// to come; a response told as done at some time is none.
func TestForceHeldOut(t *testing.T) {
	testLexRows(t, []lexRow{
		{"respond at a time of its choosing", d, "Pakistan's foreign minister warned that his country would respond at a time of its choosing.", "13", "PAKGOV>", ""},
		{"respond at a time and place", d, "Iran said it would respond at a time and place of its choosing.", "13", "IRN>", ""},
		{"will respond, said after", d, "North Korea will respond at a time of its choosing, the official agency said.", "13", "PRK>", ""},
		{"reserves the right to respond", d, "Israel said it reserved the right to respond.", "1384", "ISR>", ""},
		{"reserves the right to retaliate against", d, "India said it reserves the right to retaliate against Pakistan.", "1384", "IND>PAK", ""},
		{"a reply told as done is no threat", d, "Syria responded to the letter at a time when talks had stalled.", "13", "", ""},
		{"nor is it an attack", d, "Syria responded to the letter at a time when talks had stalled.", "19", "", ""},
	})
}

// TestNamedSanctionsAimed: a sanction named by a compound noun ("economic
// sanctions", "an arms embargo", "an asset freeze") is aimed at the party
// after "on" or "against", whatever verb orders or announces it.
func TestNamedSanctionsAimed(t *testing.T) {
	testLexRows(t, []lexRow{
		{"ordered economic sanctions against", d, "President Bill Clinton ordered sweeping economic sanctions against India on Wednesday.", "163", "USAGOV>IND", ""},
		{"announced an oil embargo against", d, "Washington announced an oil embargo against Iran.", "163", "USAGOV>IRN", ""},
		{"arms embargo on", d, "The Security Council ordered an arms embargo on Libya.", "163", "IGOUNO>LBY", ""},
		{"asset freeze against", d, "The EU approved an asset freeze against Belarus.", "163", "IGOEUR>BLR", ""},
		{"no embargo imposed", d, "The UN did not impose an arms embargo on Libya.", "163", "", ""},
	})
}

// TestStateDepartment: the State Department, capitalised, is the United
// States' foreign ministry wherever the story is; a state's department in
// lower case stays the story's government.
func TestStateDepartment(t *testing.T) {
	testLexRows(t, []lexRow{
		{"its spokesman in a foreign story", d, "ISLAMABAD, Pakistan -- State Department spokesman James Rubin urged Islamabad not to follow India's example.", "02", "USAGOV>PAKGOV", ""},
		{"the State Department condemns", d, "NEW DELHI -- The State Department condemned the attack on the Indian parliament.", "11", "USAGOV>INDLEG", ""},
		{"a state department of health", d, "LUCKNOW, India -- The state department of health in Uttar Pradesh criticised the hospital.", "11", "INDGOV>", ""},
	})
}

// TestConstitutionSetAside: suspending, abrogating or tearing up the
// constitution is an administrative act of coercion (172) by whoever holds
// power, not a reform conceded; not done, it is nothing.
func TestConstitutionSetAside(t *testing.T) {
	testLexRows(t, []lexRow{
		{"junta suspends the constitution", d, "NIAMEY, Niger -- The junta suspended the constitution on Wednesday.", "172", "NERGOV>", ""},
		{"president tears up the constitution", d, "SUVA, Fiji -- The president tore up the constitution and dismissed every judge in the country.", "172", "FJIGOV>FJIJUD", ""},
		{"army abrogates the charter", d, "The Thai army abrogated the constitution after the coup.", "172", "THAMIL>THAGOV", ""},
		{"suspension of the constitution", d, "The military announced the suspension of the constitution in Mali.", "172", "MLIMIL>MLIGOV", ""},
		{"not suspended", d, "The president did not suspend the constitution.", "172", "", ""},
		{"drafting one is a reform", d, "The assembly drafted a new constitution for Chile.", "172", "", ""},
	})
}

// TestProposalsWavedAside: brushing, waving, sweeping or shrugging aside
// what was put to one (a proposal, calls, an idea, talk of something) is
// a rejection (12), whichever verb of the kind is used.
func TestProposalsWavedAside(t *testing.T) {
	testLexRows(t, []lexRow{
		{"brushed aside talk of", d, "Bolivia's hydrocarbons minister brushed aside talk of compensation for Brazil.", "12", "BOLGOV>", ""},
		{"dismissed the idea of", d, "Moscow dismissed the idea of a ceasefire.", "12", "RUSGOV>", ""},
		{"waved aside calls", d, "The Zambian minister waved aside calls for his resignation.", "12", "ZMBGOV>ZMBOPP", ""},
		{"swept aside the proposal", d, "Ankara swept aside the Greek proposal.", "12", "TURGOV>GRC", ""},
		{"not brushed aside", d, "Kenya did not brush aside the proposal.", "12", "", ""},
	})
}

// TestConstitutionalCouncil: a constitutional council is a court of the
// story's country, and its head, named after the title, is of it.
func TestConstitutionalCouncil(t *testing.T) {
	testLexRows(t, []lexRow{
		{"its head declines", d, "ALGIERS, Algeria -- The head of the Constitutional Council, Abdelmalek Benhabyles, declined to take over the presidency.", "12", "DZAJUD>", ""},
		{"the council rejects an appeal", d, "ABIDJAN, Ivory Coast -- The Constitutional Council rejected the opposition's appeal.", "12", "CIVJUD>CIVOPP", ""},
	})
}

// TestElectionsSetAside: cancelling or annulling an election or its
// round restricts the people's political freedom (1721); a national
// security council named by its own title is the story's government, not
// the UN's Security Council.
func TestElectionsSetAside(t *testing.T) {
	testLexRows(t, []lexRow{
		{"cancelled the second round", d, "ALGIERS, Algeria -- Algeria's High Security Council cancelled on Sunday the second round of parliamentary elections.", "1721", "DZAGOV>DZACVL", ""},
		{"a supreme national security council", d, "TEHRAN, Iran -- The Supreme National Security Council rejected the proposal.", "12", "IRNGOV>", ""},
		{"the UN's council", d, "NEW YORK -- The Security Council condemned the attack on the embassy.", "11", "IGOUNO>GOV", ""},
		{"not annulled", d, "KYIV, Ukraine -- The court did not annul the vote.", "17", "", ""},
	})
}
