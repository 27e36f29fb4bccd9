package pipeline

import "testing"

// TestCoverCodebook10 pins demands the CAMEO codebook's root 10 words
// ("demand, insist, press") and WordNet's senses of its heads name:
// pressure put, exerted or stepped up on a party to act, terms stipulated,
// lists of demands issued; a requirement of a thing is no demand.
func TestCoverCodebook10(t *testing.T) {
	testLexRowsWith(t, defaultCoder(t), []lexRow{
		{"pressure put on a party to act", d, "Moscow put pressure on Georgia to withdraw its troops.", "10", "RUSGOV>GEOGOV", ""},
		{"pressure exerted", d, "Washington exerted pressure on Pakistan to hand over the suspects.", "10", "USAGOV>PAKGOV", ""},
		{"pressure stepped up", d, "The United States stepped up pressure on Iran to release the American sailors.", "10", "USAGOV>IRNGOV", ""},
		{"pressure with no act asked demands nothing", d, "Washington cut off remittances to Cuba to put pressure on Castro.", "10", "", ""},
		{"pressure piled on", d, "Germany piled pressure on Greece to accept the reforms.", "10", "DEUGOV>GRCGOV", ""},
		{"terms stipulated", d, "Israel stipulated that Hamas must disarm before any talks.", "10", "ISRGOV>PSEREB", ""},
		{"a list of demands issued", d, "Kenyan teachers issued a list of demands to the government.", "10", "KENCVL>KENGOV", ""},
		{"a charter of demands presented", d, "Nepal's Maoists presented a 40-point charter of demands to the government.", "10", "NPLPTY>NPLGOV", ""},
		{"pressure on prices names no party", d, "The drought increased pressure on food prices in Kenya.", "10", "", ""},
		{"a permit required is no demand", d, "The oil company required a permit to drill off the coast of Kenya.", "10", "", ""},
		{"pressure put on a front is no demand", d, "Russian forces put pressure on the front near Bakhmut.", "10", "", ""},
	})
}

// TestCoverCodebook12 pins refusals the CAMEO codebook's root 12 words and
// WordNet's senses of reject, refuse and defy name: a treaty or compromise
// rejected, a deal reneged on, mediation refused, refusing to budge, heels
// dug in, ground stood, sanctions skirted, compliance refused, a veto
// wielded; troops standing their ground against an assault refuse nothing.
func TestCoverCodebook12(t *testing.T) {
	testLexRowsWith(t, defaultCoder(t), []lexRow{
		{"a treaty rejected", d, "The Taliban rejected the peace treaty with Kabul.", "127", "AFGREB>AFGGOV", ""},
		{"a compromise rejected", d, "Serbia rejected the compromise offered by the EU.", "127", "SRBGOV>IGOEUR", ""},
		{"a framework turned down", d, "Kiev turned down the Minsk framework.", "127", "UKRGOV>", ""},
		{"a deal reneged on", d, "North Korea reneged on the agreement with Washington.", "127", "PRKGOV>USAGOV", ""},
		{"a promise reneged on", d, "Ethiopia reneged on its promise to withdraw from Badme.", "128", "ETHGOV>", ""},
		{"its back turned on a deal", d, "Russia turned its back on the grain deal.", "127", "RUSGOV>", ""},
		{"a proposal dismissed as unacceptable", d, "Britain dismissed the Spanish proposal as unacceptable.", "120", "GBRGOV>ESPGOV", ""},
		{"a proposal dismissed is no criticism", d, "Britain dismissed the Spanish proposal as unacceptable.", "111", "", ""},
		{"mediation refused", d, "The Myanmar junta refused mediation by ASEAN.", "126", "MMRGOV>IGOASN", ""},
		{"refusing to budge", d, "Serbia refused to budge on Kosovo.", "124", "SRBGOV>", ""},
		{"heels dug in", d, "Beijing dug in its heels over Taiwan.", "124", "CHNGOV>", ""},
		{"ground stood against a party", d, "Lukashenko stood his ground against the EU.", "124", "BLRGOV>IGOEUR", ""},
		{"troops standing their ground fight", d, "Ukrainian troops stood their ground against the Russian assault.", "12", "", ""},
		{"compliance refused", d, "Turkey refused to comply with the European court ruling.", "128", "TURGOV>JUD", ""},
		{"sanctions skirted", d, "North Korea skirted the UN sanctions.", "128", "PRKGOV>IGOUNO", ""},
		{"sanctions bypassed", d, "Iran bypassed the American sanctions.", "128", "IRNGOV>USAGOV", ""},
		{"a veto wielded", d, "The United States wielded its veto against the resolution on Gaza.", "129", "USAGOV>PSEGOV", ""},
		{"a traffic jam bypassed", d, "The convoy bypassed the traffic jam in Nairobi.", "12", "", ""},
	})
}

// TestCoverCodebook13 pins threats the CAMEO codebook's root 13 words and
// WordNet's senses of threaten and intimidate name: retaliation pledged, a
// deadline imposed, a threat received, force or sanctions hinted at, a
// party held out as a legitimate target; hints at talks and targets
// told as they stand threaten nothing.
func TestCoverCodebook13(t *testing.T) {
	testLexRowsWith(t, defaultCoder(t), []lexRow{
		{"retaliation pledged", d, "Iraq's militias pledged retaliation against the United States.", "13", "IRQUAF>USAGOV", ""},
		{"a deadline imposed", d, "Kenya imposed a deadline on the rebels to surrender.", "139", "KENGOV>REB", ""},
		{"a threat received", d, "Pakistan received a threat from the Taliban.", "13", "AFGREB>PAKGOV", ""},
		{"an ultimatum received", d, "Serbia received an ultimatum from NATO.", "139", "IGONATO>SRBGOV", ""},
		{"threats levelled", d, "Iran levelled threats against Israel.", "13", "IRNGOV>ISRGOV", ""},
		{"military action hinted at", d, "The Serbian president hinted at military action against Kosovo.", "1384", "SRBGOV>XKXGOV", ""},
		{"sanctions hinted at", d, "The European Union hinted at sanctions against Turkey.", "1312", "IGOEUR>TURGOV", ""},
		{"talks hinted at are no threat", d, "The Serbian president hinted at talks with Kosovo.", "13", "", ""},
		{"a legitimate target held out", d, "The Houthi leader said American ships would be legitimate targets.", "13", "YEMREB>USAGOV", ""},
		{"a legitimate target told as it stands", d, "American ships were legitimate targets in the war.", "13", "", ""},
	})
}
