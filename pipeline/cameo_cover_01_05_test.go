package pipeline

import "testing"

// dc is the date of the coverage rows: their leaders are those of 2024.
const dc = "2024-05-02"

// TestCameoCover0105 checks that the verbs and nouns wire news uses for the
// acts of CAMEO roots 01-05 (statements, appeals, intent, consultation,
// diplomatic cooperation), written from the codebook's descriptions rather
// than from any set's misses, are coded, and that the same words in another
// sense are not.
func TestCameoCover0105(t *testing.T) {
	testLexRows(t, []lexRow{
		// 01: charges rebuffed, accord on a need or in identical views
		{"rebuffed claims", dc, "Moscow rebuffed claims that its troops had killed civilians in Bucha.", "016", "RUSGOV>", ""},
		{"denied involvement", dc, "Iran denied any involvement in the attack on the tanker.", "016", "IRN>", ""},
		{"agreed on the need", dc, "India and Japan agreed on the need for a free and open Indo-Pacific.", "019", "IND>", ""},
		{"a price agreed on is no accord", dc, "The two companies agreed on the price.", "019", "", ""},
		{"condolences sent", dc, "Russian President Vladimir Putin sent condolences to the families of the victims of the crash in Iran.", "018", "RUSGOV>IRNCVL", ""},
		// 02: a settlement of a dispute called, urged or pressed for
		{"called for a peaceful settlement", dc, "The UN chief called for a peaceful settlement of the dispute between Guyana and Venezuela.", "027", "IGOUNO>", ""},
		{"urged a peaceful settlement", dc, "The Arab League urged a peaceful settlement of the conflict in Yemen.", "027", "IGOARL>YEM", ""},
		{"pressed for a negotiated solution", dc, "The EU pressed for a negotiated solution to the Cyprus dispute.", "027", "IGOEUR>", ""},
		{"a bill settled is no dispute", dc, "The committee called for a settlement of the bill by Friday.", "027", "", ""},
		{"urged to resume talks", dc, "The EU urged Serbia and Kosovo to resume talks.", "026", "IGOEUR>SRB", ""},
		{"called for the release", dc, "The United States called on Russia to release the journalist.", "0253", "USA>RUS", ""},
		// 03: services offered as a mediator, determination expressed
		{"services as a mediator", dc, "Turkey offered its services as a mediator between Russia and Ukraine.", "039", "TUR>", ""},
		{"determination to work with", dc, "The North Korean leader expressed his determination to work with Russia.", "03", "PRKGOV>RUS", ""},
		{"a coach's determination", dc, "The coach expressed his determination to win the title.", "03", "", ""},
		{"ready to meet", dc, "Putin said he was ready to meet Zelensky.", "036", "RUSGOV>UKRGOV", ""},
		// 04: a visit wound up or cut short, heading to a capital, a guest received at a place,
		// a banquet in one's honour, a release brokered, talks held indirectly or locked in
		{"wound up a visit", dc, "The British foreign secretary wound up his visit to China.", "042", "GBRGOV>CHN", ""},
		{"cut short a visit", dc, "The Turkish president cut short his visit to Germany.", "042", "TURGOV>DEU", ""},
		{"headed to a capital", dc, "The Hungarian prime minister headed to Beijing.", "042", "HUNGOV>CHNGOV", ""},
		{"headed for a capital", dc, "The Iranian foreign minister headed for Moscow on Tuesday.", "042", "IRNGOV>RUSGOV", ""},
		{"marchers heading for a palace", dc, "Tens of thousands of marchers were heading for the presidential palace.", "042", "", ""},
		{"heading for an embassy", dc, "Police detained him as he headed for the Mexican embassy.", "042", "", ""},
		{"an economy heading for recession", dc, "The economy headed for a recession.", "042", "", ""},
		{"received at the Kremlin", dc, "Putin received the Chinese president at the Kremlin.", "043", "RUSGOV>CHNGOV", ""},
		{"received by, at the Kremlin", dc, "The Chinese president was received by Putin at the Kremlin.", "043", "RUSGOV>CHNGOV", ""},
		{"a banquet in honour of", dc, "The Chinese president gave a banquet in honour of the Russian president.", "043", "CHNGOV>RUSGOV", ""},
		{"a dinner for a founder", dc, "The company gave a dinner in honour of its founder.", "043", "", ""},
		{"helped broker a release", dc, "Qatar helped broker the release of the hostages.", "045", "QAT>CVL", ""},
		{"helped negotiate a truce", dc, "The African Union helped negotiate a truce between Ethiopia and the Tigray rebels.", "045", "IGOAFR>ETH", ""},
		{"a wage contract negotiated", dc, "The union helped negotiate a new wage contract.", "045", "", ""},
		{"discussed in a phone call", dc, "Putin and Erdogan discussed the grain deal in a phone call.", "041", "RUSGOV>TURGOV", ""},
		{"indirect negotiations held", dc, "Israel and Hamas held indirect negotiations in Doha.", "046", "ISR>PSEREB", ""},
		{"locked in negotiations", dc, "Iran and the world powers were locked in negotiations in Vienna.", "046", "IRN>", ""},
		{"a state visit paid", dc, "Modi paid a state visit to France.", "042", "INDGOV>FRA", ""},
		{"flew into a capital", dc, "The Russian president flew into Beijing on Thursday.", "042", "RUSGOV>CHNGOV", ""},
		{"troops flew into a town", dc, "The first Indian troops flew into Jaffna on Thursday to supervise the truce.", "042", "", ""},
		{"a ball flew into the crowd", dc, "The ball flew into the crowd.", "042", "", ""},
		{"emerged from talks", dc, "Putin and Xi emerged from talks in Beijing.", "040", "RUSGOV>CHNGOV", ""},
		{"an economy emerged from recession", dc, "The economy emerged from recession.", "040", "", ""},
		{"at the negotiating table", dc, "Israel and Hamas are at the negotiating table in Cairo.", "046", "ISR>PSEREB", ""},
		{"told a counterpart in a meeting", dc, "The Chinese president told the Russian president in a meeting that relations were good.", "040", "CHNGOV>RUSGOV", ""},
		{"told reporters in a meeting", dc, "The prime minister told reporters in a meeting with editors that he would not resign.", "040", "", ""},
		// 05: ties raised, praise lavished, support come out in, a treaty signed, entered into or ratified
		{"relations raised", dc, "Japan and South Korea raised their relations to a new level.", "050", "JPN>KOR", ""},
		{"interest rates raised", dc, "The central bank raised interest rates.", "050", "", ""},
		{"praise lavished", dc, "The Russian president lavished praise on the Chinese president.", "051", "RUSGOV>CHNGOV", ""},
		{"came out in support", dc, "India came out in support of Israel after the attack.", "051", "IND>ISR", ""},
		{"spoke highly of", dc, "China spoke highly of Pakistan.", "051", "CHN>PAK", ""},
		{"signatures put to a deal", dc, "The Israeli and Emirati foreign ministers put their signatures to the deal.", "057", "ISRGOV>AREGOV", ""},
		{"entered into an agreement", dc, "Ukraine and the United States entered into an agreement on minerals.", "057", "UKR>USA", ""},
		{"a statute ratified", dc, "The Armenian parliament ratified the Rome Statute.", "057", "ARMLEG>", ""},
		{"a lease entered into", dc, "The firm entered into a lease with the landlord.", "057", "", ""},
		{"copies of a book signed", dc, "The author signed copies of her book.", "057", "", ""},
		{"a treaty signed", dc, "Russia and North Korea signed a strategic partnership treaty.", "057", "RUS>PRK", ""},
		{"defended the use of force", dc, "The police chief defended the use of force against the protesters.", "052", "COP>OPP", ""},
		{"defended the use of young players", dc, "The coach defended the use of young players.", "052", "", ""},
	})
}
