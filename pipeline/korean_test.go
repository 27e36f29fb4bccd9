package pipeline

import "testing"

// TestKoreanAlone: "Korean" with no North or South names the Korea the
// story names (countries-news.txt: PRK's shared-adj), and with nothing to
// go by South Korea: an unnamed agent it qualifies is no longer given the
// other party's country ("apologised to Korean women" was Japan's).
func TestKoreanAlone(t *testing.T) {
	testLexRows(t, []lexRow{
		{"apology to Korean women", d, "The Japanese prime minister apologised to Korean women forced into wartime brothels.", "055", "JPNGOV>KORCVL", ""},
		{"Korean workers arrested", d, "Japanese police arrested Korean workers in Osaka.", "173", "JPNCOP>KORCVL", ""},
		{"Korean fishermen seized", d, "The Chinese coast guard seized Korean fishermen in the Yellow Sea.", "17", "CHNCOP>KORCVL", ""},
		{"Korean protesters", d, "Korean protesters burned a Japanese flag outside the embassy in Seoul.", "14", "KORCVL>JPN", ""},
		{"the North's story", "2017-01-01", "Kim Jong Un said Korean troops would fire on any invader.\n\nNorth Korea said Korean troops fired shells at South Korean ships.", "19", "PRKMIL>KOR", ""},
		{"guard: North Korean", d, "North Korean soldiers fired on South Korean guards.", "19", "PRKMIL>KORCOP", ""},
		{"guard: the Korean War", d, "Chinese troops fought American forces in the Korean War.", "19", "CHNMIL>USAMIL", ""},
	})
}
