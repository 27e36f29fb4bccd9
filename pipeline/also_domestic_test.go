package pipeline

import "testing"

// TestAlsoDomesticMeasure pins "also" before a measure taken at home: "the
// military also declared a state of emergency" after it arrested someone is
// one more act, but one on its own country (policy.tsv's domestic codes),
// not against whoever it last acted on. An act between parties still takes
// the same source's last target ("also froze contacts").
func TestAlsoDomesticMeasure(t *testing.T) {
	testLexRows(t, []lexRow{
		{"a coup, then emergency rule", "2021-02-02", "Myanmar's army arrested Aung San Suu Kyi on Monday. The military also declared a one-year state of emergency.", "1724", "MMRMIL>MMRCVL", ""},
		{"a counter-offensive, then martial law", "2020-09-28", "Azerbaijan launched a counter-offensive against Armenian forces on Sunday. Azerbaijan also imposed martial law in several regions.", "1724", "AZE>AZECVL", ""},
		{"fire on protesters, then martial law", "2014-05-20", "Thai soldiers fired on protesters in Bangkok. The army also declared martial law.", "1724", "THAMIL>THACVL", ""},
		{"raids on rebels, then a curfew", "2020-11-05", "Ethiopian troops attacked rebel positions in Tigray on Wednesday. The army also imposed a curfew.", "1723", "ETHMIL>ETHCVL", ""},
		{"arrests abroad, then emergency", "2016-07-20", "Turkish police detained 20 Greek nationals in Istanbul. The government also declared a state of emergency.", "1724", "TURGOV>TURCVL", ""},
		{"an act between parties keeps the last target", "2018-03-27", "Britain expelled 23 Russian diplomats over the poisoning. Prime Minister Theresa May also froze contacts with Moscow.", "160", "GBRGOV>RUSGOV", ""},
	})
}
