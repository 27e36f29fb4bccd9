package pipeline

import "testing"

// TestKingsByCountryAndDate: a short name two rulers bear at once ("King
// Abdullah": Jordan's since 1999, Saudi Arabia's 2005-2015) is the one of
// the country named right before or after it, else by date and the
// story's countries; never someone of that surname who held no such
// office (Afghanistan's Abdullah Abdullah).
func TestKingsByCountryAndDate(t *testing.T) {
	runActorPlaceRows(t, []actorPlaceRow{
		{name: "a country's possessive, both kings reigning", date: "2010-06-01",
			text:     "Jordan's King Abdullah received the Iraqi prime minister in Amman on Monday.\n",
			sentence: "received", want: []string{"04 JORGOV>IRQGOV"}, not: []string{"04 AFGGOV>*", "04 SAUGOV>*"}},
		{name: "of the country after the name", date: "2010-06-01",
			text:     "King Abdullah of Jordan criticised Israel over the settlements.\n",
			sentence: "criticised", want: []string{"11 JORGOV>ISR"}, not: []string{"11 AFGGOV>*", "11 SAUGOV>*"}},
		{name: "a nationality before the title", date: "2012-03-01",
			text:     "Saudi King Abdullah hosted the Egyptian president in Riyadh.\n",
			sentence: "hosted", want: []string{"04 SAUGOV>EGYGOV"}, not: []string{"04 JORGOV>*", "04 AFGGOV>*"}},
		{name: "the other nationality, same date", date: "2012-03-01",
			text:     "Jordanian King Abdullah hosted the Egyptian president in Amman.\n",
			sentence: "hosted", want: []string{"04 JORGOV>EGYGOV"}, not: []string{"04 SAUGOV>*"}},
		{name: "after the Saudi king's death, no country named", date: "2019-02-01",
			text:     "King Abdullah met the Palestinian president on Sunday.\n",
			sentence: "met", want: []string{"04 JORGOV>PSEGOV"}, not: []string{"04 AFGGOV>*"}},
		{name: "the late Saudi king named by his country", date: "2019-02-01",
			text:     "Saudi Arabia's King Abdullah proposed the Arab Peace Initiative.\n",
			sentence: "proposed", not: []string{"* JORGOV>*", "* AFGGOV>*"}},
		{name: "a crown prince before he was king", date: "2002-03-01",
			text:     "Crown Prince Abdullah of Saudi Arabia met the American president.\n",
			sentence: "met", want: []string{"04 SAUGOV>USAGOV"}},
		{name: "an emir's title before a surname no monarch bears", date: "2016-03-01",
			text:     "Emir Abdullah met the Egyptian president on Sunday.\n",
			sentence: "met", not: []string{"04 AFGGOV>*", "04 AFGOPP>*"}},
		{name: "a prince's title, the same, while he led the opposition", date: "2010-03-01",
			text:     "Prince Abdullah met the Egyptian president on Sunday.\n",
			sentence: "met", not: []string{"04 AFGOPP>*", "04 AFGGOV>*"}},
		{name: "the Afghan leader by his own office", date: "2016-03-01",
			text:     "Chief Executive Abdullah Abdullah criticised the Taliban.\n",
			sentence: "criticised", want: []string{"11 AFGGOV>AFGREB"}},
	})
}

// TestArabicNameParticles: "bin", "ibn" inside a name keep it whole after
// a title that a shorter known name starts with ("Crown Prince Mohammed"),
// so the particle is no verb and the whole name is the person's.
func TestArabicNameParticles(t *testing.T) {
	runActorPlaceRows(t, []actorPlaceRow{
		{name: "Saudi crown prince", date: "2021-05-01",
			text:     "Saudi Crown Prince Mohammed bin Salman met the French president in Jeddah.\n",
			sentence: "met", want: []string{"04 SAUGOV>FRAGOV"}},
		{name: "Abu Dhabi crown prince, not the Saudi one", date: "2021-05-01",
			text:     "Abu Dhabi Crown Prince Mohammed bin Zayed met the Israeli prime minister.\n",
			sentence: "met", want: []string{"04 AREGOV>ISRGOV"}, not: []string{"04 SAUGOV>*"}},
		{name: "the short form alone stays the Saudi", date: "2021-05-01",
			text:     "Crown Prince Mohammed hosted the Turkish president in Riyadh.\n",
			sentence: "hosted", want: []string{"04 SAUGOV>TURGOV"}},
		{name: "full name as object", date: "2021-05-01",
			text:     "The French president telephoned Crown Prince Mohammed bin Salman on Tuesday.\n",
			sentence: "telephoned", want: []string{"04 FRAGOV>SAUGOV"}},
	})
}

// TestNationalLabourBodies: a country's trade-union centre is that
// country's labour (LAB), and a country's name or nationality before a
// name many countries' bodies or parties bear makes it that country's.
func TestNationalLabourBodies(t *testing.T) {
	runActorPlaceRows(t, []actorPlaceRow{
		{name: "Nigeria Labour Congress", date: "2023-05-01",
			text:     "The Nigeria Labour Congress called a general strike against the government.\n",
			sentence: "strike", want: []string{"14 NGALAB>NGAGOV"}, not: []string{"* GBRPTY>*"}},
		{name: "its acronym", date: "2023-05-01",
			text:     "ABUJA, Nigeria (AP) — The NLC threatened to shut down the country over the fuel price.\n",
			sentence: "threatened", want: []string{"13 NGALAB>*"}},
		{name: "COSATU", date: "2019-05-01",
			text:     "COSATU accused the South African government of betraying workers.\n",
			sentence: "accused", want: []string{"11 ZAFLAB>ZAFGOV"}},
		{name: "a country's name before the TUC", date: "2019-05-01",
			text:     "The Ghana Trades Union Congress criticised the government's pay offer.\n",
			sentence: "criticised", want: []string{"11 GHALAB>GHAGOV"}, not: []string{"* GBRLAB>*"}},
		{name: "the British TUC", date: "2019-05-01",
			text:     "LONDON (Reuters) - The Trades Union Congress urged the government to raise the minimum wage.\n",
			sentence: "urged", want: []string{"02 GBRLAB>GBRGOV"}},
		{name: "Histadrut", date: "2023-03-27",
			text:     "Israel's Histadrut declared a general strike against the judicial overhaul.\n",
			sentence: "strike", want: []string{"14 ISRLAB>*"}},
		{name: "a nationality before a party name many bear", date: "2023-05-01",
			text:     "The Nigerian Labour Party accused the electoral commission of fraud.\n",
			sentence: "accused", want: []string{"11 NGAPTY>*"}, not: []string{"* GBRPTY>*"}},
		{name: "a country's possessive before it", date: "2023-05-01",
			text:     "Israel's Labour Party criticised the prime minister.\n",
			sentence: "criticised", want: []string{"11 ISRPTY>ISRGOV"}},
		{name: "the party alone in a British story", date: "2019-05-12",
			text:     "LONDON (AP) — The Labour Party accused the government of lying.\n",
			sentence: "accused", want: []string{"11 GBRPTY>GBRGOV"}},
	})
}

// TestOppositionAbroad: in a story about a country whose opposition it
// named, its opposition meeting or speaking in a foreign capital is still
// that country's; protesters in a story about the place's own country,
// and an opposition the story never named, take the place's country.
func TestOppositionAbroad(t *testing.T) {
	const caracas = "CARACAS, Venezuela (Reuters) - Venezuela's opposition on Tuesday called for protests against President Nicolas Maduro.\n\n"
	runActorPlaceRows(t, []actorPlaceRow{
		{name: "opposition leaders meet abroad", date: "2024-03-05",
			text:     caracas + "Opposition leaders met Mexican officials in Mexico City last month.\n",
			sentence: "met", want: []string{"04 VENOPP>MEXGOV"}, not: []string{"04 MEXOPP>*"}},
		{name: "the opposition speaks abroad", date: "2024-03-05",
			text:     caracas + "In Bogota, opposition leaders accused the government of rigging the vote.\n",
			sentence: "accused", not: []string{"11 COLOPP>*"}},
		{name: "the story's own opposition at home", date: "2024-03-05",
			text:     "MEXICO CITY (Reuters) - Mexico's opposition criticised the president on Monday.\n\nOpposition leaders met in Mexico City to plan a march.\n",
			sentence: "plan", not: []string{"* VENOPP>*"}},
		{name: "no opposition named before", date: "2024-03-05",
			text:     "CARACAS, Venezuela (Reuters) - Venezuela's government on Tuesday freed ten prisoners.\n\nProtesters in Bogota accused the Colombian government of ignoring refugees.\n",
			sentence: "accused", want: []string{"11 COLOPP>COLGOV"}},
	})
}
