package pipeline

import "testing"

// TestObjectPronounNotOwnSubject: an object pronoun ("accused it",
// "warned it", "free them") never stands for its own verb's subject, shared
// by coordination or not; it stands for the last actor of its number named
// before it outside that subject. A subject pronoun ("said it would") may
// be the subject before it, and a negated or hypothetical act stays
// uncoded.
func TestObjectPronounNotOwnSubject(t *testing.T) {
	runActorPlaceRows(t, []actorPlaceRow{
		{name: "sanctions then accused it", date: "2021-05-01",
			text:     "WASHINGTON (AP) — The United States imposed sanctions on Iran on Tuesday and accused it of supporting terrorism.\n",
			sentence: "accused it", want: []string{"112 USA>IRN"}},
		{name: "past its own ambassador", date: "2021-05-01",
			text:     "ADDIS ABABA, Ethiopia (AP) — Ethiopia recalled its ambassador from Egypt in 2020 and accused it of meddling in the dam talks.\n",
			sentence: "accused it", want: []string{"112 ETH>EGY"}},
		{name: "accused then warned it", date: "2019-02-20",
			text:     "NEW DELHI (AP) — India accused Pakistan of sheltering militants and warned it of retaliation.\n",
			sentence: "warned it", want: []string{"13 IND>PAK"}},
		{name: "an agent noun, not a state", date: "2008-06-10",
			text:     "HARARE, Zimbabwe (AP) — The government criticised the opposition on Monday and warned it against further protests.\n",
			sentence: "warned it", want: []string{"13 ZWEGOV>ZWEOPP"}},
		{name: "them in the future tense", date: "2012-03-01",
			text:     "KHARTOUM, Sudan (AP) — The rebels will capture two Chinese engineers and will free them a week later.\n",
			sentence: "free them", want: []string{"0353 SDNREB>CHNCVL"}},
		{name: "a perfect, an ambassador", date: "2017-03-12",
			text:     "ANKARA, Turkey (AP) — Turkey has summoned the Dutch ambassador and has criticised it.\n",
			sentence: "criticised it", want: []string{"111 TUR>NLDGOV"}},
		{name: "a delegation praised", date: "2019-03-11",
			text:     "BAGHDAD (AP) — Iraq hosted the Iranian delegation and praised it.\n",
			sentence: "praised it", want: []string{"051 IRQ>IRNGOV"}},
		{name: "a subject of its own after and", date: "2008-08-08",
			text:     "MOSCOW (AP) — Russia condemned Georgia on Friday, and it then threatened it with sanctions.\n",
			sentence: "threatened it", want: []string{"13 RUS>GEO"}},
		{name: "an indirect object", date: "2022-04-01",
			text:     "LONDON (AP) — Britain backed Ukraine in 2022 and sent it weapons.\n",
			sentence: "sent it", want: []string{"072 GBR>UKR"}},
		{name: "plural them already the object", date: "2021-04-28",
			text:     "NAIROBI, Kenya (AP) — Kenyan police arrested four Ethiopian migrants on Tuesday and deported them.\n",
			sentence: "deported them", want: []string{"174 KENCOP>ETHCVL"}},
		{name: "a subject pronoun is the subject", date: "2020-01-05",
			text:     "TEHRAN, Iran (AP) — Iran said it would retaliate against Israel.\n",
			sentence: "retaliate", want: []string{"13 IRN>ISR"}},
		{name: "a subject pronoun in the pluperfect", date: "2021-05-01",
			text:     "CAIRO (AP) — Egypt said it had expelled the Sudanese ambassador.\n",
			sentence: "expelled", want: []string{"161 EGY>SDNGOV"}},
		{name: "a reflexive names no other", date: "2017-08-10",
			text:     "SEOUL, South Korea (AP) — North Korea said it would defend itself against the United States.\n",
			sentence: "defend itself", not: []string{"* PRK>PRK", "* USA>*"}},
		{name: "negated", date: "2013-09-01",
			text:     "PARIS (AP) — France did not impose sanctions on Syria and did not accuse it of using chemical weapons.\n",
			sentence: "accuse it", not: []string{"112 FRA>*"}},
		{name: "hypothetical", date: "2013-04-01",
			text:     "BEIJING (AP) — China could sanction Japan and could accuse it of provocations.\n",
			sentence: "accuse it", not: []string{"112 CHN>*"}},
	})
}
