package pipeline

import "testing"

// TestQuotedModifiers: words a story quotes between an owner and its noun
// (Russia's "illegal" annexation) stay inside the noun phrase, so the
// owner is still whose act is judged.
func TestQuotedModifiers(t *testing.T) {
	testLexRows(t, []lexRow{
		{"condemned the quoted-adjective act", d, `Britain condemned Russia's "illegal" annexation of Crimea.`, "111", "GBR>RUS", ""},
		{"two quoted adjectives", d, `The United States condemned China's "dangerous and destabilising" actions near the shoal.`, "111", "USA>CHN", ""},
		{"denounced the quoted act", d, `Ukraine denounced Belarus's "provocative" decision on Tuesday.`, "111", "UKR>BLR", ""},
		{"rejected the quoted plan", d, `The Palestinian Authority rejected Israel's "so-called" peace plan.`, "12", "PSE>ISR", ""},
		{"criticised the quoted decision", d, `Germany criticised Hungary's "unacceptable" decision to close the border.`, "111", "DEU>HUN", ""},
	})
}

// TestJudgedAttackOnOwn: a state that condemns an attack on its own
// embassy, diplomats or ships judges who attacked them, not itself: the
// judgement stands, aimed at the attacker the story told, else at no one.
func TestJudgedAttackOnOwn(t *testing.T) {
	testLexRows(t, []lexRow{
		{"attack on its embassy, attacker told", d, "Gunmen stormed the Turkish embassy in Kabul on Monday. Turkey condemned the attack on its embassy.", "111", "TUR>UAF", ""},
		{"strike on its consulate, attacker told", d, "Israel struck the Iranian consulate in Damascus. Iran condemned the strike on its consulate.", "111", "IRN>ISR", ""},
		{"attack on its embassy, no attacker", d, "Iran denounced the attack on its embassy in Kabul.", "111", "IRN>", ""},
		{"assault on its diplomats, no attacker", d, "Pakistan condemned the assault against its diplomats in Kabul.", "111", "PAK>", ""},
		{"attacker named before the noun", d, "Iran denounced the Israeli attack on its embassy in Damascus.", "111", "IRN>ISR", ""},
	})
}

// TestAnsweredWithMeasures: a response foretold in measures ("would answer
// with firm measures", "would respond with countermeasures") is a threat
// (130); told as done it is not.
func TestAnsweredWithMeasures(t *testing.T) {
	testLexRows(t, []lexRow{
		{"would answer with measures", d, `Spain's industry minister said the government would answer with "clear and forceful" measures against Argentina.`, "130", "ESPGOV>ARG", ""},
		{"would respond with countermeasures", d, "China said it would respond with countermeasures if Washington went ahead with the sale.", "130", "CHN>USAGOV", ""},
		{"vowed to retaliate with measures", d, "Russia vowed to retaliate with tough measures against Britain.", "130", "RUS>GBR", ""},
		{"would react with steps", d, "The Turkish foreign ministry warned that Ankara would react with firm steps against Greece.", "130", "TURGOV>GRC", ""},
		{"told as done it is no threat", d, "India responded with countermeasures against Pakistan on Monday.", "1", "", ""},
	})
}
