package pipeline

import "testing"

// TestArmedGroupsMove: storming, advancing and crossing are acts of any
// armed side, a state's forces or an armed group, with or without an
// object ("stormed the town", "stormed into the town"); crowds storming
// into a building protest.
func TestArmedGroupsMove(t *testing.T) {
	testLexRows(t, []lexRow{
		{"rebels storm into a town", d, "The rebels stormed into Grozny on Tuesday.", "190", "RUSREB>RUS", ""},
		{"militants storm a building", d, "Militants stormed a police station in Kano.", "190", "NGAREB>NGACOP", ""},
		{"troops storm into a stronghold", d, "Colombian troops stormed into the rebel stronghold.", "190", "COLMIL>COLREB", ""},
		{"insurgents advance on a city", d, "Insurgents advanced on Mosul overnight.", "190", "IRQREB>IRQ", ""},
		{"guerrillas push on", d, "Maoist guerrillas pushed on towards Kathmandu.", "190", "NPLREB>NPL", ""},
		{"protesters storm into parliament", d, "Protesters stormed into the parliament building in Bishkek.", "145", "KGZOPP>KGZLEG", ""},
		{"a storm is no attack", d, "A storm swept into the coast of Bangladesh.", "19", "", ""},
		{"not stormed", d, "The rebels did not storm into the town.", "19", "", ""},
	})
}

// TestParticipleAfterClause: a word that may be a gerund or a noun, after
// a comma that closes a clause with its verb and before an object, is the
// participle that tells more of the clause's act ("raided the village,
// shooting three men"), as is one coordinated with such a participle.
func TestParticipleAfterClause(t *testing.T) {
	testLexRows(t, []lexRow{
		{"shooting after a raid", d, "Soldiers raided a village in Assam, shooting three young men.", "18", "INDMIL>INDCVL", ""},
		{"shooting after storming", d, "Rebels stormed the town in Mali, shooting policemen in the streets.", "193", "MLIREB>MLICOP", ""},
		{"coordinated participles", d, "The army entered the town in Sudan, burning houses and shooting civilians.", "18", "SDNMIL>SDNCVL", ""},
		{"shooting as a noun stays one", d, "Police in Nairobi said the shooting killed three people.", "14", "", ""},
	})
}

// TestHostagesHeld: hostages and captives are civilians unless the text
// says otherwise, and not of whoever holds them: "the gunmen released
// their captives" is a release of civilians, not of gunmen.
func TestHostagesHeld(t *testing.T) {
	testLexRows(t, []lexRow{
		{"their captives released", d, "Gunmen in Nigeria released their last captives on Tuesday.", "0841", "NGAUAF>NGACVL", ""},
		{"hostages freed", d, "The kidnappers in Haiti freed the hostages.", "0841", "HTICRM>HTICVL", ""},
		{"soldiers held hostage stay soldiers", d, "Rebels in Colombia released 12 soldiers they had held hostage.", "0841", "COLREB>COLMIL", ""},
		{"their hostages not freed", d, "The pirates refused to free their hostages in Somalia.", "0841", "", ""},
	})
}

// TestSweptSeizedTrampled: armed sides that sweep into or through a place
// advance on it (190); protesters who seize offices occupy them (144), as
// when they take them over; a law or a right trampled on, voiced by a
// statement, accuses who trampled it, as one violated does.
func TestSweptSeizedTrampled(t *testing.T) {
	testLexRows(t, []lexRow{
		{"fighters swept into a city", "2021-08-16", "KABUL, Afghanistan -- Taliban fighters swept into Kabul on Sunday.", "190", "AFGREB>AFG", ""},
		{"rebels swept through the north", d, "N'DJAMENA, Chad -- Rebels swept through the north of Chad.", "190", "TCDREB>TCD", ""},
		{"a storm sweeps through: no one", d, "DHAKA, Bangladesh -- A storm swept through the coast of Bangladesh.", "19", "", ""},
		{"protesters seized offices", d, "BISHKEK, Kyrgyzstan -- Protesters seized regional government offices after the vote.", "144", "KGZOPP>KGZGOV", ""},
		{"trampled on international law", d, "BELGRADE, Serbia -- Kostunica told parliament that the United States had trampled on international law.", "112", "SRBGOV>USA", ""},
		{"trampled on sovereignty, said after", d, "TBILISI, Georgia -- Russia trampled on Georgia's sovereignty, the minister said.", "112", "GEOGOV>RUS", ""},
	})
}

// TestOrderedIntoAndHalted: forces ordered into a place are deployed
// there (154); another side's advance halted or stopped "by" or "of" it is
// fought (190), one's own offensive halted is restraint (087).
func TestOrderedIntoAndHalted(t *testing.T) {
	testLexRows(t, []lexRow{
		{"ordered troops into a country", d, "MOSCOW, Russia -- Putin ordered troops into eastern Ukraine.", "154", "RUSGOV>UKRGOV", ""},
		{"ordered warplanes and troops into", d, "PARIS, France -- President Francois Hollande ordered French warplanes and troops into Mali on Friday.", "154", "FRAGOV>MLIGOV", ""},
		{"halted the advance of", d, "ADDIS ABABA, Ethiopia -- Government troops halted the advance of Tigrayan rebels near the capital.", "190", "ETHMIL>ETHREB", ""},
		{"stopped an advance by", d, "KYIV, Ukraine -- Ukrainian forces stopped an advance by Russian troops near Kharkiv.", "190", "UKRMIL>RUSMIL", ""},
		{"its own offensive halted", d, "KYIV, Ukraine -- The Russian army halted its offensive in the north.", "087", "RUSMIL>", ""},
	})
}

// TestHostilePurposeNoAid: what is sent to use force on a party is no aid
// to that party: "sent F-16 jets to bomb Cambodian positions" gives
// Cambodia no aid; weapons sent to help a state fight keep it as target.
func TestHostilePurposeNoAid(t *testing.T) {
	testLexRows(t, []lexRow{
		{"jets sent to bomb", d, "Thailand sent F-16 jets to bomb Cambodian military positions.", "07", "THA>", ""},
		{"weapons sent to help fight", d, "The US sent weapons to Ukraine to help it fight Russia.", "07", "USA>UKR", ""},
	})
}
