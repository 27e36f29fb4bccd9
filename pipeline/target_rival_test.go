package pipeline

import "testing"

// TestRivalOverForeignPair: an act of intent, refusal, threat or truce by
// a state that names no one, in a story whose fighting at home (between an
// arm of the state and an armed group of its country) the story told in
// more acts than it paired the state with another country, is aimed at
// the side at home (policy.tsv's rival), not at the country paired with it
// in passing. A foreign party paired as often or more keeps the act.
func TestRivalOverForeignPair(t *testing.T) {
	testLexRowsWith(t, defaultCoder(t), []lexRow{
		{"a truce after fighting and a summons", "2002-02-22", "Truce\n\nCOLOMBO, Sri Lanka —\n\nSri Lankan troops attacked Tamil Tiger rebels on Monday. The rebels ambushed an army convoy near Jaffna. India summoned Sri Lanka's envoy. The government declared a ceasefire on Tuesday.", "0871", "LKAGOV>LKAREB", ""},
		{"a refusal after fighting and a recall", "2008-03-05", "Talks\n\nBOGOTA, Colombia —\n\nColombian troops bombed a FARC camp on Monday. The rebels attacked a police station in Cauca. Venezuela recalled its ambassador from Bogota. The government refused to negotiate.", "12", "COLGOV>COLREB", ""},
		{"a threat after fighting and a border closed", "2015-02-10", "Borno\n\nMAIDUGURI, Nigeria —\n\nNigerian troops attacked Boko Haram fighters in Borno on Monday. The militants raided a military base near Baga. Cameroon recalled its ambassador from Abuja. The army vowed to crush the insurgency.", "13", "NGAMIL>NGARAD", ""},
		// a foreign party paired as often or more
		{"a truce after a war with a neighbour", "2020-10-10", "Truce\n\nBAKU, Azerbaijan —\n\nAzerbaijani forces shelled Armenian positions on Monday. Armenia accused Azerbaijan of aggression. Azerbaijani troops clashed with separatist rebels in Karabakh. Azerbaijan declared a ceasefire on Tuesday.", "0871", "AZEGOV>ARMGOV", ""},
		{"a truce after sanctions and condemnation", "2004-08-01", "Truce\n\nKHARTOUM, Sudan —\n\nSudanese troops attacked rebel positions in Darfur. The United States imposed sanctions on Sudan. Washington condemned the violence. The government declared a ceasefire.", "0871", "SDNGOV>USAGOV", ""},
	})
}
