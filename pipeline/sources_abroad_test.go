package pipeline

import "testing"

// TestDescriptionPlacedElsewhere: "the foreign ministry in Beijing" after
// Taiwan's defence ministry is not the ministry named before: a body of
// government said to be in another country's capital, or in another
// country, is that country's; "the ministry" with no place, or in the
// capital of the country named before, still refers back, and people
// ("the officers in Baku") are where they are taken, not whose.
func TestDescriptionPlacedElsewhere(t *testing.T) {
	runActorPlaceRows(t, []actorPlaceRow{
		{name: "a ministry in the other side's capital", date: "2022-08-05",
			text: "TAIPEI, Taiwan (AP) — Taiwan's defence ministry said Chinese jets crossed the median line on Friday.\n\n" +
				"The foreign ministry in Beijing accused Washington of provoking the crisis.\n",
			sentence: "foreign ministry in Beijing", want: []string{"11 CHNGOV>USAGOV"}, not: []string{"11 TWNGOV>*"}},
		{name: "a government in another country", date: "2019-04-12",
			text: "CAIRO (AP) — Egypt's government welcomed the talks on Thursday.\n\n" +
				"The government in Sudan rejected the proposal.\n",
			sentence: "government in Sudan", want: []string{"12 SDNGOV>*"}, not: []string{"12 EGYGOV>*"}},
		{name: "a ministry in a third capital", date: "2020-08-10",
			text: "WARSAW, Poland (AP) — Poland's interior ministry said its border was calm on Monday.\n\n" +
				"The ministry in Minsk accused Warsaw of meddling.\n",
			sentence: "ministry in Minsk", want: []string{"11 BLRGOV>POLGOV"}},
		{name: "negative: the ministry with no place refers back", date: "2022-08-05",
			text: "TAIPEI, Taiwan (AP) — Taiwan's defence ministry said Chinese jets crossed the median line on Friday.\n\n" +
				"The ministry accused Beijing of provoking the crisis.\n",
			sentence: "The ministry accused", want: []string{"11 TWNGOV>CHNGOV"}},
		{name: "negative: the ministry in its own capital refers back", date: "2022-08-05",
			text: "TAIPEI, Taiwan (AP) — Taiwan's defence ministry said Chinese jets crossed the median line on Friday.\n\n" +
				"The ministry in Taipei accused Beijing of provoking the crisis.\n",
			sentence: "ministry in Taipei", want: []string{"11 TWNGOV>CHNGOV"}},
		{name: "negative: foreign diplomats held in the capital stay foreign", date: "2018-03-27",
			text: "MOSCOW (AP) — Russia expelled two British diplomats on Tuesday.\n\n" +
				"Russian police questioned the diplomats in Moscow.\n",
			sentence: "questioned the diplomats", not: []string{"* *>RUSGOV"}},
	})
}

// TestArmedGroupByKind: "the Islamist group", "the militant group", "the
// insurgent group" after an armed group was named refer back to it, as
// "the group" does, so a story filed from the capital it fights takes the
// group's own country, not the story's; a group of another kind (a rights
// group) named last is not meant.
func TestArmedGroupByKind(t *testing.T) {
	runActorPlaceRows(t, []actorPlaceRow{
		{name: "the Islamist group after Hamas, from Jerusalem", date: "2023-10-08",
			text: "JERUSALEM (AP) — Hamas fighters attacked an Israeli army post on Sunday.\n\nIsrael's army said two soldiers were wounded.\n\n" +
				"The Islamist group threatened to fire more rockets at Israel.\n",
			sentence: "Islamist group threatened", want: []string{"13 PSEREB>ISR"}, not: []string{"13 ISRRAD>ISR"}},
		{name: "the militant group after al-Shabab, from Nairobi", date: "2013-09-22",
			text: "NAIROBI, Kenya (AP) — Al-Shabab gunmen stormed a shopping mall in Nairobi on Saturday.\n\nKenyan police said 39 people were killed.\n\n" +
				"The militant group demanded that Kenya withdraw its troops from Somalia.\n",
			sentence: "militant group demanded", want: []string{"10 SOMRAD>KEN"}, not: []string{"10 KENUAF>KEN"}},
		{name: "the insurgent group after the Taliban, from a neighbour's capital", date: "2015-09-30",
			text: "ISLAMABAD, Pakistan (AP) — Taliban fighters seized the Afghan city of Kunduz on Monday.\n\nPakistan's foreign ministry said it was concerned.\n\n" +
				"Pakistani officials said the border was closed.\n\nThe insurgent group accused Kabul of killing civilians.\n",
			sentence: "insurgent group accused", want: []string{"11 AFGREB>AFGGOV"}, not: []string{"11 PAKREB>AFGGOV"}},
		{name: "the jihadist group in a story of its own country", date: "2014-05-06",
			text: "ABUJA, Nigeria (AP) — Boko Haram fighters attacked a village in northern Cameroon on Monday.\n\nCameroon's army said ten soldiers were killed.\n\n" +
				"The jihadist group threatened to attack Yaounde.\n",
			sentence: "jihadist group threatened", want: []string{"13 NGARAD>CMR"}},
		{name: "negative: a rights group named last is not the rebel group", date: "2012-11-21",
			text: "NAIROBI, Kenya (AP) — Human Rights Watch accused the army of killing civilians on Tuesday.\n\n" +
				"The rebel group denied the report.\n",
			sentence: "rebel group denied", want: []string{"* KENREB>NGO"}, not: []string{"* NGO>NGO"}},
	})
}

// TestCountryVerbTitle: "Soldiers in Niger detained President Bazoum": a
// country's name followed by a past form that may modify a title
// ("detained", "ousted", "deposed") and a title is a clause, the country
// the place of its subject, so the act is coded and its doers are of that
// country, even in a story filed from a neighbour; with a possessive or a
// demonym ("Niger's ousted president") it stays one phrase.
func TestCountryVerbTitle(t *testing.T) {
	runActorPlaceRows(t, []actorPlaceRow{
		{name: "soldiers detained the president, from a neighbour's capital", date: "2023-07-27",
			text: "ABUJA, Nigeria (AP) — Nigeria's president called for calm on Wednesday.\n\n" +
				"Soldiers in Niger detained President Mohamed Bazoum on Wednesday.\n",
			sentence: "detained President", want: []string{"17 NERMIL>NERGOV"}, not: []string{"17 NGAMIL>NERGOV"}},
		{name: "the military ousted the president", date: "2019-04-12",
			text: "CAIRO (AP) — Egypt's foreign ministry urged calm on Thursday.\n\n" +
				"The military in Sudan ousted President Omar al-Bashir after months of protests.\n",
			sentence: "ousted President", want: []string{"17 SDNMIL>SDNGOV"}},
		{name: "negative: a possessive keeps the title's nationality", date: "2023-08-10",
			text:     "ABUJA, Nigeria (AP) — Niger's ousted President Mohamed Bazoum urged the junta to free him on Thursday.\n",
			sentence: "urged the junta", want: []string{"* NERGOV>*"}},
	})
}

// TestOwnerAsBefore: "Mwale's lawyer", "Ngugi's supporters" after the
// story gave a person the knowledge lacks a country (by the place of the
// sentence that named them) are of that person's country, not the story's
// dateline's; with no country given before, they stay as they were.
func TestOwnerAsBefore(t *testing.T) {
	runActorPlaceRows(t, []actorPlaceRow{
		{name: "a lawyer of a person placed before, from a neighbour's capital", date: "2021-06-01",
			text: "JOHANNESBURG (AP) — Police in Zambia arrested an opposition leader, Hakainde Mwale, on Monday.\n\n" +
				"South Africa's foreign ministry urged calm.\n\n" +
				"Mwale's lawyer accused the police of torture.\n",
			sentence: "lawyer accused", want: []string{"11 ZMBCVL>*"}, not: []string{"11 ZAFCVL>*"}},
		{name: "the supporters of a person placed before", date: "2019-03-04",
			text: "NAIROBI, Kenya (AP) — Soldiers in Uganda detained an opposition lawmaker, Moses Ssentamu, in Kampala on Sunday.\n\n" +
				"Kenya's government said it was watching closely.\n\n" +
				"Ssentamu's supporters blocked roads on Monday.\n",
			sentence: "supporters blocked", want: []string{"14 UGACVL>*"}, not: []string{"14 KENCVL>*"}},
		{name: "negative: a person given no country leaves the owner's agents to the story", date: "2021-06-01",
			text: "LUSAKA, Zambia (AP) — Hakainde Mwale addressed a rally on Monday.\n\n" +
				"Mwale's lawyer accused the police of torture.\n",
			sentence: "lawyer accused", want: []string{"11 ZMBCVL>*"}},
	})
}

// TestCountryNamedLast: "the country's interior minister" when the story
// named its country only as a place ("Police in Zambia"), a demonym
// ("Zambian police") or an owner ("Zambia's police") is of that country,
// not of the dateline's; a country named as such before still decides, and
// with nothing named the story's country stays.
func TestCountryNamedLast(t *testing.T) {
	runActorPlaceRows(t, []actorPlaceRow{
		{name: "named as a place", date: "2021-06-01",
			text: "JOHANNESBURG (AP) — Police in Zambia arrested an opposition leader on Monday.\n\n" +
				"The country's interior minister accused the opposition of planning violence.\n",
			sentence: "interior minister accused", want: []string{"11 ZMBGOV>*"}, not: []string{"11 ZAFGOV>*"}},
		{name: "named by a demonym", date: "2015-04-20",
			text: "KIGALI, Rwanda (AP) — Burundian police fired on protesters on Monday.\n\n" +
				"The country's army accused the opposition of planning a coup.\n",
			sentence: "army accused", want: []string{"11 BDIMIL>*"}, not: []string{"11 RWAMIL>*"}},
		{name: "named as an owner", date: "2020-08-10",
			text: "VILNIUS, Lithuania (AP) — Belarus's security forces detained hundreds of people on Monday.\n\n" +
				"The nation's president accused the opposition of plotting a revolution.\n",
			sentence: "president accused", not: []string{"11 LTUGOV>*"}},
		{name: "negative: a country named as such decides as before", date: "2021-06-01",
			text: "JOHANNESBURG (AP) — Zambia arrested an opposition leader on Monday.\n\n" +
				"The country's interior minister accused the opposition of planning violence.\n",
			sentence: "interior minister accused", want: []string{"11 ZMBGOV>ZMBOPP"}},
		{name: "negative: with no country named, the story's", date: "2021-06-01",
			text: "LUSAKA, Zambia (AP) — Police arrested an opposition leader on Monday.\n\n" +
				"The country's interior minister accused the opposition of planning violence.\n",
			sentence: "interior minister accused", want: []string{"11 ZMBGOV>ZMBOPP"}},
	})
}

// TestRankOfForceNamedLast: "the officers", "the commanders" after a
// force of the state was named and placed ("Soldiers in Niger") are of
// that force's country, as they are of its sector, not of the dateline's
// in a story filed from a neighbour; with no force named before they stay
// the story's.
func TestRankOfForceNamedLast(t *testing.T) {
	runActorPlaceRows(t, []actorPlaceRow{
		{name: "officers after soldiers placed in a country", date: "2023-07-27",
			text: "ABUJA, Nigeria (AP) — Nigeria's president called for calm on Wednesday.\n\n" +
				"Soldiers in Niger detained President Mohamed Bazoum on Wednesday.\n\n" +
				"The officers said they had closed the borders.\n",
			sentence: "closed the borders", want: []string{"19 NERMIL>*"}, not: []string{"19 NGAMIL>*"}},
		{name: "officers after troops of a named country", date: "2021-09-06",
			text: "DAKAR, Senegal (AP) — Senegal's government urged restraint on Sunday.\n\n" +
				"Guinean troops detained President Alpha Conde in Conakry on Sunday.\n\n" +
				"The officers dissolved the government hours later.\n",
			sentence: "dissolved the government", not: []string{"* SENMIL>*"}},
		{name: "negative: officers with no force named before are the story's", date: "2021-09-06",
			text:     "CONAKRY, Guinea (AP) — The officers dissolved the government on Sunday.\n",
			sentence: "dissolved the government", not: []string{"* SENMIL>*", "* NERMIL>*"}},
	})
}

// TestHostOfEnvoy: a body of government in a sentence that names another
// country's envoy ("summoned Myanmar's ambassador") is the host's, not the
// envoy's country, even when the story, filed from the host's capital,
// names the envoy's country most; a government dealing with its own envoy
// ("recalled its ambassador") keeps its country.
func TestHostOfEnvoy(t *testing.T) {
	const dhaka = "DHAKA, Bangladesh (AP) — Bangladesh protested to Myanmar on Thursday over the violence in Rakhine.\n\n" +
		"Myanmar's army has burned villages, refugees said.\n\nMyanmar's government denied the charge.\n\n"
	runActorPlaceRows(t, []actorPlaceRow{
		{name: "the ministry summoned the envoy, by possessive", date: "2017-09-08",
			text:     dhaka + "The foreign ministry summoned Myanmar's ambassador to voice its concern.\n",
			sentence: "summoned Myanmar's", want: []string{"11 BGDGOV>MMRGOV"}, not: []string{"11 MMRGOV>MMRGOV"}},
		{name: "officials summoned the envoy, by demonym", date: "2017-09-08",
			text:     dhaka + "Officials summoned the Myanmar envoy on Friday.\n",
			sentence: "summoned the Myanmar envoy", not: []string{"11 MMRGOV>MMRGOV"}},
		{name: "negative: a government recalling its own envoy keeps its country", date: "2017-09-08",
			text:     dhaka + "Myanmar's government recalled its ambassador on Friday.\n",
			sentence: "recalled its ambassador", want: []string{"16 MMRGOV>*"}},
		{name: "negative: a story of the host's own keeps its country", date: "2017-09-08",
			text: "DHAKA, Bangladesh (AP) — Bangladesh protested to Myanmar on Thursday.\n\nBangladesh's prime minister said Bangladesh would not give in.\n\n" +
				"The foreign ministry summoned Myanmar's ambassador.\n",
			sentence: "summoned Myanmar's", want: []string{"11 BGDGOV>MMRGOV"}},
	})
}
