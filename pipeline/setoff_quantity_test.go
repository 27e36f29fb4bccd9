package pipeline

import "testing"

// TestSetOffQuantityParticiple: a quantity that opens a phrase set off by
// commas after a noun ("protesters, many waving flags,") is the subject of
// the participle after it, and the noun before the commas is the main
// verb's subject: "many waving" was read as a noun phrase, so "flags"
// became the subject of "marched", and the flags' country the attackers'.
func TestSetOffQuantityParticiple(t *testing.T) {
	d := "2020-01-01"
	testLexRows(t, []lexRow{
		{"many waving: the noun before the commas marches", d,
			"Thousands of Kenyan protesters, many waving national flags, marched on parliament.", "141", "KENOPP>KENLEG", ""},
		{"many chanting: the participle is the protesters' act", d,
			"Thousands of Thai opposition supporters, many chanting slogans against the prime minister, blocked roads in Bangkok.", "140", "THAOPP>THAGOV", ""},
		{"some chanting against another country", d,
			"Hundreds of Sudanese protesters, some chanting slogans against Egypt, marched on the presidential palace in Khartoum.", "140", "SDNCVL>EGY", ""},
		{"the flags carried name no attacker", d,
			"Hundreds of Serb nationalists, some carrying Russian flags, attacked the U.S. embassy in Belgrade.", "190", "", ""},
		{"some armed with stones", d,
			"Hundreds of Palestinian youths, some armed with stones, attacked Israeli soldiers in Hebron.", "190", "PSECVL>ISRMIL", ""},
		{"some wearing: police still fire", d,
			"Turkish police, some wearing gas masks, fired tear gas at Kurdish protesters.", "175", "TURCOP>TUROPP", ""},
		{"some waving foreign flags: the rally stays the Georgians'", d,
			"Hundreds of Georgian protesters, some waving Ukrainian flags, rallied outside the Russian embassy in Tbilisi.", "141", "GEOCVL>RUSGOV", ""},
		{"guard: a participle after the object", d,
			"Egyptian troops freed the hostages, some suffering from malaria, in Sinai.", "0841", "EGYMIL>EGYCVL", ""},
		{"guard: a quantity with a noun, no participle", d,
			"Iraqi protesters, many of them students, stormed the Iranian consulate in Basra.", "145", "IRQCVL>IRNGOV", ""},
	})
}
