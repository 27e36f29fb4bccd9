package pipeline

import "testing"

// TestAnnouncedDecisions: a measure its own side says it will take, with
// no condition, is the measure (an announced decision, as the news golds
// code "Britain would expel 23 Russian diplomats"); held out on a
// condition it is a threat; force announced stays a threat; a help
// announced stays an intent.
func TestAnnouncedDecisions(t *testing.T) {
	testLexRows(t, []lexRow{
		{"would expel, said by its leader", "2018-03-14", "Prime Minister Theresa May said on Wednesday that Britain would expel 23 Russian diplomats.", "161", "GBR>RUSGOV", ""},
		{"announced it would impose sanctions", d, "The EU announced it would impose sanctions on Belarus.", "163", "IGOEUR>BLR", ""},
		{"will cut aid, said by itself", d, "Washington said it will cut military aid to Egypt.", "1622", "USAGOV>EGY", ""},
		{"would send troops", d, "Kenya said it would send troops to Haiti.", "154", "KEN>HTI", ""},
		{"a condition makes it a threat", d, "The EU said it would impose sanctions if Belarus did not free the prisoners.", "13", "IGOEUR>BLR", ""},
		{"no sanction without the condition met", d, "The EU said it would impose sanctions if Belarus did not free the prisoners.", "163", "", ""},
		{"force announced stays a threat", d, "Russia said it would retaliate against NATO.", "13", "RUS>IGONATO", ""},
		{"another's act foretold is no decision", d, "Washington said Moscow would expel American diplomats.", "161", "", ""},
	})
}

// TestLastDayInOffice: on the day an office ends and a role out of
// government begins, the day's acts are the office's ("resigned as prime
// minister on Monday"); a promotion on the day takes the new office.
func TestLastDayInOffice(t *testing.T) {
	testLexRows(t, []lexRow{
		{"resigned on the day", "2018-04-23", "Serzh Sargsyan resigned as Armenia's prime minister on Monday after days of street protests, hours after the authorities freed the opposition leader.", "0831", "ARMGOV>ARMOPP", ""},
		{"detained on the coup day", "2021-02-01", "Soldiers detained Aung San Suu Kyi in Naypyitaw on Monday.", "173", "MMRMIL>MMRGOV", ""},
		{"the day after: the new role", "2018-04-24", "Serzh Sargsyan met party leaders on Tuesday.", "04", "ARMOPP>ARMPTY", ""},
	})
}

// TestConcessionAnswers: a yielding with no target of its own (a
// resignation, an easing) answers whoever last demanded, asked or
// protested something of the one who yields.
func TestConcessionAnswers(t *testing.T) {
	runActorPlaceRows(t, []actorPlaceRow{
		{name: "resigned after a demand", date: "2018-04-23",
			text:     "YEREVAN, Armenia (AP) — Thousands of protesters demanded the resignation of Prime Minister Serzh Sargsyan on Sunday.\n\nSargsyan resigned on Monday.\n",
			sentence: "resigned", want: []string{"08 ARMGOV>ARMOPP"}},
		{name: "stepped down after marches against him", date: "2019-04-02",
			text:     "ALGIERS, Algeria (AP) — Students marched against President Abdelaziz Bouteflika on Friday.\n\nBouteflika stepped down on Tuesday.\n",
			sentence: "stepped down", want: []string{"08 DZAGOV>DZACVL"}},
		{name: "lifted a curfew after an appeal", date: "2020-06-05",
			text:     "Amnesty International urged the Ugandan government to end the curfew on Monday.\n\nThe Ugandan government lifted the curfew on Thursday.\n",
			sentence: "lifted the curfew", want: []string{"08 UGAGOV>NGO"}},
		{name: "resigned after rebels seized cities", date: "2004-03-01",
			text:     "PORT-AU-PRINCE, Haiti (AP) — Rebels seized the city of Cap-Haitien from government forces on Sunday.\n\nPresident Jean-Bertrand Aristide resigned on Monday.\n",
			sentence: "resigned", want: []string{"08 HTIGOV>HTIREB"}},
		{name: "no one pressed: the opposition a resignation yields to", date: "2020-06-05",
			text:     "KAMPALA, Uganda (AP) — The minister of health resigned on Thursday.\n",
			sentence: "resigned", want: []string{"08 UGAGOV>UGAOPP"}},
		{name: "no one pressed, abroad: no target of the speaker's own", date: "2020-06-05",
			text:     "KAMPALA, Uganda (AP) — Opposition activists called for political reform.\n",
			sentence: "called for", not: []string{"02 UGAOPP>UGAOPP"}},
	})
}

// TestRefusalAnswers: a refusal with no target of its own answers whoever
// last asked, demanded or protested something of the one who refuses.
func TestRefusalAnswers(t *testing.T) {
	runActorPlaceRows(t, []actorPlaceRow{
		{name: "would not step down, after protests", date: "2010-04-08",
			text:     "BISHKEK, Kyrgyzstan (AP) — Thousands of protesters marched against President Kurmanbek Bakiyev on Wednesday.\n\nBakiyev said he would not step down.\n",
			sentence: "would not step down", want: []string{"12 KGZGOV>KGZOPP"}},
		{name: "refused to resign, after a demand", date: "2019-04-01",
			text:     "The opposition demanded the resignation of President Omar al-Bashir on Monday.\n\nBashir refused to resign.\n",
			sentence: "refused to resign", want: []string{"12 SDNGOV>SDNOPP"}},
	})
}

// TestNoSelfAimedDomesticAct: a protest with no target is aimed at its
// own government, but never when the one protesting is that government.
func TestNoSelfAimedDomesticAct(t *testing.T) {
	testLexRows(t, []lexRow{
		{"a government protests", "2020-01-06", "TEHRAN, Iran (AP) — Iran's government protested on Monday.", "14", "IRNGOV>", ""},
		{"its people protest", "2020-01-06", "TEHRAN, Iran (AP) — Students protested on Monday.", "14", "IRNCVL>IRNGOV", ""},
	})
}
