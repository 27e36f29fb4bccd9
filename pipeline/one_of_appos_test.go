package pipeline

import "testing"

// TestOneOfApposition: a person named and then described as one of a group
// of people ("Tendai Moyo, one of the protest leaders,") is of that group,
// whatever its region, tense or what follows the group ("of the march").
func TestOneOfApposition(t *testing.T) {
	runActorPlaceRows(t, []actorPlaceRow{
		{name: "one of the protest leaders accuses the police", date: "2019-01-21",
			text:     "HARARE, Zimbabwe (AP) — Tendai Moyo, one of the protest leaders, accused the police of brutality on Monday.\n",
			sentence: "accused", want: []string{"11 ZWEOPP>ZWECOP"}},
		{name: "one of the rebel commanders rejects the truce", date: "2016-03-02",
			text:     "BANGUI, Central African Republic (AP) — Jean-Pierre Kossi, one of the rebel commanders, rejected the ceasefire on Wednesday.\n",
			sentence: "rejected", want: []string{"12 CAFREB>*"}},
		{name: "one of the organisers of the march denounces the arrests", date: "2022-07-10",
			text:     "COLOMBO, Sri Lanka (AP) — Nimal Perera, one of the organisers of the march, denounced the government on Sunday.\n",
			sentence: "denounced", want: []string{"11 LKACVL>LKAGOV"}},
		{name: "one of the student leaders demands, with a relative clause", date: "2024-07-30",
			text:     "DHAKA, Bangladesh (AP) — Rafiqul Karim, one of the student leaders who led the protests, demanded the resignation of the government on Tuesday.\n",
			sentence: "demanded", want: []string{"* BGDOPP>*"}},
		{name: "one of the union leaders will meet the minister", date: "2023-05-04",
			text:     "BUENOS AIRES, Argentina (AP) — Pablo Moyano, one of the union leaders, met the labour minister on Thursday.\n",
			sentence: "met", want: []string{"04 ARGLAB>ARGGOV"}},
		{name: "one of the dissidents criticises the army", date: "1988-09-20",
			text:     "RANGOON, Burma (AP) — Aung Myint Thein, one of the dissidents, condemned the army for the killings on Tuesday.\n",
			sentence: "condemned", want: []string{"11 MMROPP>MMRMIL"}},
	})
}
