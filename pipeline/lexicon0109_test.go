package pipeline

import (
	"os"
	"strings"
	"testing"
	"time"

	"dateline"
)

// lexRow is one sentence of a lexicon test: the event code it must yield
// (a CAMEO code, or a two-digit root for any code under it) with its
// source and targets as "SRC>TGT,TGT" (runLexRows) or one "SRC>TGT" among
// its events (testLexRows), or want "" when it must yield no event of that
// code. A row with skip set waits for the structure it names; LEXNOSKIP=1
// in the environment runs those rows too, to see which already pass.
type lexRow struct {
	name, date, text, code, want, skip string
}

// dyadOf returns the source of the first event with code (or, for a
// two-digit root, any code under it) and the targets of its events with
// that source as "SRC>TGT,TGT", or "".
func dyadOf(events []dateline.Event, code string) string {
	var got []string
	src := ""
	for _, e := range events {
		if e.CAMEO != code && !(len(code) == 2 && strings.HasPrefix(e.CAMEO, code)) {
			continue
		}
		if len(got) == 0 {
			src = e.Source.Code
			got = append(got, src+">")
		}
		if e.Target != nil && e.Source.Code == src {
			got = append(got, e.Target.Code)
		}
	}
	if len(got) == 0 {
		return ""
	}
	return got[0] + strings.Join(got[1:], ",")
}

// runLexRows codes each row's sentence and compares the event it names.
func runLexRows(t *testing.T, rows []lexRow) {
	t.Helper()
	c := newCoder(t)
	c.Statements = true
	for _, tt := range rows {
		t.Run(tt.name, func(t *testing.T) {
			if tt.skip != "" && os.Getenv("LEXNOSKIP") == "" {
				t.Skip(tt.skip)
			}
			ref, err := time.Parse("2006-01-02", tt.date)
			if err != nil {
				t.Fatal(err)
			}
			if got := dyadOf(codeText(t, c, tt.text, ref), tt.code); got != tt.want {
				t.Errorf("%s: got %q, want %q", tt.code, got, tt.want)
			}
		})
	}
}

// TestLexiconConsult pins CAMEO 04: meetings, calls, visits, hosting,
// mediation and negotiation, by verb and by event noun.
func TestLexiconConsult(t *testing.T) {
	runLexRows(t, []lexRow{
		{"negotiations between two parties", "2021-04-06", "Negotiations between Iran and the United States resumed in Vienna.", "046", "IRN>USA", ""},
		{"opening negotiations is negotiating", "2022-10-11", "Israel and Lebanon opened negotiations on their maritime border.", "046", "ISR>LBN", ""},
		{"peace talks are negotiations", "2019-02-03", "The Taliban began peace talks with the United States in Doha.", "046", "AFGREB>USA", ""},
		{"a call to a named leader", "2020-03-10", "Erdogan called Putin on Tuesday.", "041", "TURGOV>RUSGOV", ""},
		{"calling someone names is no call", "2018-01-03", "Trump called Kim a madman.", "041", "", ""},
		{"calling a decision a mistake is no call", "2018-01-03", "The referee called the decision a mistake.", "04", "", ""},
		{"a phone conversation with", "2021-05-05", "Macron had a telephone conversation with Putin on Friday.", "041", "FRAGOV>RUSGOV", ""},
		{"discussing by telephone", "2021-05-05", "Merkel discussed the crisis by telephone with Biden.", "041", "DEUGOV>USAGOV", ""},
		{"talking over the phone", "2021-05-05", "Blinken talked over the phone with Lavrov.", "041", "USAGOV>RUSGOV", ""},
		{"a phone call held", "2021-05-05", "The French president held a phone call with the Iranian president.", "041", "FRAGOV>IRNGOV", ""},
		{"a phone call with a named leader", "2021-05-05", "Macron held a phone call with Putin on Monday.", "041", "FRAGOV>RUSGOV", ""},
		{"a phone call had", "2021-05-05", "The Turkish president had a phone call with the Russian president.", "041", "TURGOV>RUSGOV", ""},
		{"a video call held", "2021-05-05", "Merkel held a video call with Xi.", "041", "DEUGOV>CHNGOV", ""},
		{"sitting down for talks", "2019-07-02", "Officials from Turkey and Greece sat down for talks in Ankara.", "040", "TURGOV>GRC", ""},
		{"gathering for a summit", "2019-07-02", "EU leaders gathered in Brussels for a summit.", "040", "IGOEUR>", ""},
		{"gathering elsewhere is no meeting", "2019-07-02", "Officials gathered in a meeting room.", "040", "", ""},
		{"a host city is no host", "2019-07-02", "The host city prepared for the Olympics.", "043", "", ""},
		{"an audience with", "2019-07-02", "Putin had an audience with the Pope.", "040", "RUSGOV>REL", ""},
		{"speaking with a counterpart", "2021-03-18", "Blinken spoke with his Chinese counterpart Wang Yi.", "040", "USAGOV>CHNGOV", ""},
		{"a body convening", "2021-03-18", "The UN Security Council convened on Monday.", "040", "IGOUNO>", ""},
		{"landing in a capital", "2020-03-10", "The Emir of Qatar landed in Tehran on Saturday.", "042", "QATGOV>IRNGOV", ""},
		{"being on a visit", "2020-03-10", "Jordan's king is on a visit to Washington.", "042", "JORGOV>USAGOV", ""},
		{"wrapping up a visit", "2019-03-26", "Xi wrapped up a three-day visit to France on Friday.", "042", "CHNGOV>FRA", ""},
		{"concluding a visit", "2019-02-18", "The Saudi crown prince concluded a visit to Pakistan.", "042", "SAUGOV>PAK", ""},
		{"a visit by someone", "2019-02-18", "The visit by the Indian prime minister ended on Monday.", "042", "INDGOV>", ""},
		{"a visit to a place by someone", "2019-02-18", "The visit to Nepal by the Indian prime minister ended on Monday.", "042", "INDGOV>NPL",
			"structure: \"by the Indian prime minister\" is attached to \"Nepal\", not to \"visit\""},
		{"undertaking a tour", "2019-02-18", "The Japanese emperor undertook a tour of China.", "042", "JPNGOV>CHN", ""},
		{"heading to a capital", "2020-03-10", "Turkey's foreign minister headed to Moscow on Monday.", "042", "TURGOV>RUS",
			"structure: a city is a place mention, not an actor, so \"head to:ACTOR\" cannot tell \"headed to Moscow\" from \"headed to the polls\""},
		{"playing host", "2019-07-02", "Egypt played host to Israeli and Palestinian negotiators.", "043", "EGY>ISRGOV,PSEGOV", ""},
		{"hosting a dinner for", "2019-07-02", "The Japanese prime minister hosted a dinner for the Indian leader.", "043", "JPNGOV>INDGOV", ""},
		{"granting an audience", "2019-07-02", "The king granted an audience to the Iranian envoy.", "043", "GOV>IRNGOV", ""},
		{"meeting on the sidelines", "2019-07-02", "Modi held a meeting with Xi on the sidelines of the summit.", "044", "INDGOV>CHNGOV", ""},
		{"acting as mediator", "2019-07-02", "Egypt acted as a mediator between Israel and Hamas.", "045", "EGY>ISR,PSEREB", ""},
		{"interceding", "2019-07-02", "The Pope interceded with the Argentine government.", "045", "REL>ARGGOV", ""},
		{"shuttle diplomacy", "2019-07-02", "The US envoy began shuttle diplomacy between Israel and Lebanon.", "045", "USAGOV>ISR,LBN", ""},
		{"mediating between two parties", "2019-07-02", "Norway has mediated between the government and the rebels.", "045", "NOR>GOV,REB", ""},
		{"mediated read as a participle", "2019-07-02", "Norway mediated between the government and the rebels.", "045", "NOR>GOV,REB", ""},
		{"haggling", "2019-07-02", "Britain haggled with the European Union over fishing rights.", "046", "GBR>IGOEUR", ""},
		{"back to the table", "2019-07-02", "The rebels returned to the negotiating table with the government.", "046", "REB>GOV", ""},
		{"the peace process", "2019-07-02", "Colombia resumed the peace process with the ELN rebels.", "046", "COL>COLREB", ""},
		{"a planned landing is an intent", "2020-03-10", "The Emir of Qatar will land in Tehran on Saturday.", "036", "QATGOV>IRN", ""},
		{"speaking with reporters is no meeting", "2021-03-18", "The Iranian foreign minister spoke with reporters in Tehran.", "04", "", ""},
		{"sending a delegation", "2018-06-20", "Eritrea sent a delegation to Addis Ababa.", "042", "ERI>ETHGOV", ""},
		{"sending an envoy", "2020-01-01", "Russia sent an envoy to Damascus.", "042", "RUS>SYRGOV", ""},
		{"a hug", "2018-07-09", "The president hugged his Ethiopian counterpart.", "040", "GOV>ETHGOV", ""},
		{"calling an emergency meeting", "2020-01-01", "The UN called an emergency meeting on Syria.", "040", "IGOUNO>SYR", ""},
		{"leaving for a capital", "2020-01-01", "The Japanese prime minister has left for Washington.", "042", "JPNGOV>USAGOV", ""},
		{"embarking on a tour", "2020-01-01", "The Pope embarked on a tour of Africa.", "042", "REL>", ""},
		{"chairing a meeting", "2020-01-01", "Saudi Arabia chaired the meeting of OPEC ministers.", "043", "SAU>IGOOPC", ""},
		{"the red carpet", "2020-01-01", "China rolled out the red carpet for the French president.", "043", "CHN>FRAGOV", ""},
		{"leaving a room is no withdrawal", "2020-01-01", "The president left the room.", "08", "", ""},
		{"will play host is an intent to meet", "2020-01-01", "Qatar will play host to the talks next month.", "036", "QAT>", ""},
	})
}

// TestLexiconStatements pins CAMEO 01: comments, considering options,
// claims and denials of responsibility, symbolic acts, sympathy and
// accord.
func TestLexiconStatements(t *testing.T) {
	runLexRows(t, []lexRow{
		{"giving a speech", "2019-05-02", "The Iranian president gave a speech in Tehran.", "010", "IRNGOV>", ""},
		{"addressing parliament", "2019-05-02", "The German chancellor addressed parliament on Thursday.", "010", "DEUGOV>", ""},
		{"having no comment", "2019-05-02", "A spokesman for the Israeli army had no comment.", "011", "ISRMIL>", ""},
		{"declining to discuss", "2019-05-02", "The Russian foreign ministry declined to discuss the matter.", "011", "RUSGOV>", ""},
		{"refusing to name", "2019-05-02", "The Iraqi interior ministry refused to name the suspects.", "011", "IRQGOV>", ""},
		{"a negated comment", "2019-05-02", "The Iranian foreign ministry would not comment on the talks.", "011", "IRNGOV>", ""},
		{"sounding the alarm", "2019-05-02", "The World Health Organization sounded the alarm over the outbreak.", "012", "IGOUNO>", ""},
		{"playing down expectations", "2019-05-02", "The minister played down expectations of a breakthrough.", "012", "GOV>", ""},
		{"a pessimistic adjective", "2019-05-02", "Germany's finance minister was pessimistic about a deal with Greece.", "012", "DEUGOV>", ""},
		{"expressing satisfaction", "2019-05-02", "The Egyptian foreign minister expressed satisfaction with the talks.", "013", "EGYGOV>", ""},
		{"hoping that", "2019-05-02", "The White House hoped that the talks would succeed.", "013", "USAGOV>", ""},
		{"weighing measures", "2019-05-02", "The EU is weighing new measures against Belarus.", "014", "IGOEUR>BLR", ""},
		{"debating a bill", "2019-05-02", "The Iraqi parliament debated the bill on Sunday.", "014", "IRQLEG>", ""},
		{"exploring options", "2019-05-02", "The Pentagon is exploring options for a response.", "014", "USAMIL>", ""},
		{"considering a match a disaster", "2019-05-02", "The coach considered the match a disaster.", "014", "", ""},
		{"claiming an attack", "2019-05-02", "The Pakistani Taliban claimed the bombing in Peshawar.", "015", "PAKRAD>", ""},
		{"acknowledging a role", "2019-05-02", "Russia acknowledged its role in the downing of the plane.", "015", "RUS>", ""},
		{"acknowledging a mistake", "2019-05-02", "The Israeli army acknowledged its mistake.", "015", "ISRMIL>", ""},
		{"brushing aside allegations", "2019-05-02", "The Indian foreign ministry brushed aside the Pakistani allegations.", "016", "INDGOV>PAK", ""},
		{"shrugging off criticism", "2019-05-02", "The minister shrugged off the criticism from the opposition.", "016", "GOV>OPP", ""},
		{"disputing an account", "2019-05-02", "The Indian army disputed the Chinese account of the clash.", "016", "INDMIL>CHN", ""},
		{"disowning an attack", "2019-05-02", "The rebels disowned the attack on the convoy.", "016", "REB>", ""},
		{"denying someone a thing is no denial", "2019-05-02", "The company denied its customers a refund.", "016", "", ""},
		{"paying homage", "2019-05-02", "The French president paid homage to the victims of the attack.", "017", "FRAGOV>FRACVL", ""},
		{"paying respects", "2019-05-02", "The Russian president paid his respects to the victims.", "017", "RUSGOV>RUSCVL", ""},
		{"flying a flag", "2019-05-02", "The Saudi king flew the flag at half-mast.", "017", "SAUGOV>", ""},
		{"a day of mourning", "2019-05-02", "The government declared a day of mourning.", "017", "GOV>", ""},
		{"praying for victims", "2019-04-22", "The Pope prayed for the victims of the attack in Sri Lanka.", "018", "REL>", ""},
		{"expressing sorrow", "2019-05-02", "The Chinese leader expressed sorrow over the loss of life in the floods.", "018", "CHNGOV>", ""},
		{"agreeing with an assessment", "2019-05-02", "Germany agreed with the French assessment of the crisis.", "019", "DEU>FRA", ""},
		{"calling an attack terror is no call", "2019-05-02", "The Australian prime minister called the attack an act of terror.", "04", "", ""},
		{"predicting a breakthrough", "2020-01-01", "The minister predicted a breakthrough in the talks.", "013", "GOV>", ""},
		{"bemoaning", "2020-01-01", "The minister bemoaned the lack of progress.", "012", "GOV>", ""},
	})
}

// TestLexiconCooperateAid pins CAMEO 06 and 07: cooperation, trade,
// joint exercises, extradition, intelligence, and aid by its kind, given
// with a second object ("gave Kenya money") or after "with".
func TestLexiconCooperateAid(t *testing.T) {
	runLexRows(t, []lexRow{
		{"money as second object", "2019-06-03", "Britain gave Kenya money.", "071", "GBR>KEN", ""},
		{"a loan as second object", "2019-06-03", "Japan gave Indonesia a loan of 500 million dollars.", "071", "JPN>IDN", ""},
		{"euros as second object", "2019-06-03", "The European Union gave Kenya 40 million euros in drought aid on Monday.", "07", "IGOEUR>KEN", ""},
		{"depositing money", "2019-06-03", "Saudi Arabia deposited 3 billion dollars in Pakistan's central bank.", "071", "SAU>PAKGOV", ""},
		{"bankrolling", "2019-06-03", "The UAE has bankrolled the militia in Libya.", "071", "ARE>LBYUAF", ""},
		{"underwriting", "2019-06-03", "The World Bank underwrote the reconstruction of Mosul.", "071", "IGOUNO>IRQ", ""},
		{"sending weapons", "2022-04-03", "The United States sent weapons to Ukraine.", "072", "USA>UKR", ""},
		{"supplying with tanks", "2023-01-25", "Germany supplied Ukraine with tanks.", "072", "DEU>UKR", ""},
		{"providing with military assistance", "2022-04-03", "The United States provided Ukraine with military assistance.", "072", "USA>UKR", ""},
		{"receiving military aid", "2019-06-03", "Iraq received military aid from Iran.", "072", "IRN>IRQ", ""},
		{"military aid from someone", "2019-06-03", "The military aid from Iran reached the Houthis.", "072", "IRN>", ""},
		{"arming", "2014-06-03", "Russia armed the separatists in eastern Ukraine.", "072", "RUS>UKRREB", ""},
		{"delivering food", "2019-06-03", "The UN delivered food to Gaza.", "073", "IGOUNO>PSE", ""},
		{"sending humanitarian aid", "2019-06-03", "Turkey sent humanitarian aid to Syria.", "073", "TUR>SYR", ""},
		{"donating vaccines", "2021-06-03", "China donated vaccines to Cambodia.", "073", "CHN>KHM", ""},
		{"receiving humanitarian aid", "2022-06-03", "Ukraine received humanitarian aid from Poland.", "073", "POL>UKR", ""},
		{"evacuating", "2019-06-03", "The Turkish army evacuated civilians from the town.", "073", "TURMIL>",
			"structure: \"evacuated\" is tagged VBN and read as a participial clause with no subject"},
		{"deploying peacekeepers", "2019-06-03", "France deployed peacekeepers to Mali.", "074", "FRA>MLI", ""},
		{"hosting refugees", "2019-06-03", "Turkey hosts four million Syrian refugees.", "075", "TUR>SYRREF", ""},
		{"resettling refugees", "2015-09-03", "Canada will resettle 25,000 Syrian refugees.", "033", "CAN>SYRREF", ""},
		{"joint exercises", "2019-06-03", "India and the United States held joint military exercises.", "062", "IND>USA", ""},
		{"exercises with a partner", "2019-06-03", "China and India held military exercises with Russia.", "062", "CHN>RUS", ""},
		{"an arms deal", "2019-06-03", "Russia's arms deal with India angered the United States.", "062", "RUS>IND", ""},
		{"working together", "2019-06-03", "Germany and France have worked together on the project.", "060", "DEU>FRA", ""},
		{"expanding trade", "2019-06-03", "Japan and Vietnam expanded trade.", "061", "JPN>VNM", ""},
		{"opening a market", "2019-06-03", "China opened its market to American beef.", "061", "CHN>USA", ""},
		{"providing with intelligence", "2019-06-03", "Jordan provided Iraq with intelligence on the militants.", "064", "JOR>IRQ", ""},
		{"handing a suspect over", "2019-06-03", "The Spanish police handed the suspect over to France.", "063", "ESPCOP>FRA", ""},
		{"extraditing", "2019-06-03", "Britain extradited the banker to the United States.", "063", "GBR>USA", ""},
		{"a raise is no aid", "2019-06-03", "The company gave its workers a raise.", "07", "", ""},
		{"troops sent to a border are no aid", "2019-06-03", "The army sent troops to the border.", "07", "", ""},
		{"approval given is support, not aid", "2019-06-03", "The United States gave its approval to the plan.", "07", "", ""},
		{"exporting to", "2020-01-01", "Iran exported oil to China.", "061", "IRN>CHN", ""},
		{"a defence pact", "2020-01-01", "Japan and India signed a defence pact.", "057", "JPN>IND", ""},
		{"sending rescue teams", "2023-02-07", "Japan sent rescue teams to Turkey.", "073", "JPN>TUR",
			"structure: \"to\" after \"teams\" is tagged NN and the noun phrase runs on to \"Turkey\""},
	})
}

// TestLexiconYield pins CAMEO 08: easing restrictions, yielding to
// demands, releases, allowing involvement, de-escalation and truces.
func TestLexiconYield(t *testing.T) {
	runLexRows(t, []lexRow{
		{"a ban on gatherings lifted", "2020-06-01", "The government lifted the ban on public gatherings.", "0811", "GOV>", ""},
		{"restrictions on the press eased", "2020-06-01", "Authorities eased restrictions on the press.", "0811", "GOV>", ""},
		{"bowing to pressure", "2020-06-01", "The government bowed to pressure from the unions.", "0832", "GOV>LAB", ""},
		{"softening a stance", "2020-06-01", "The government softened its stance on immigration.", "080", "GOV>", ""},
		{"backtracking", "2020-06-01", "The ruling party backtracked on the tax increase.", "0832", "PTY>", ""},
		{"cancelling a tax increase", "2020-06-01", "The government has cancelled the fuel tax increase.", "0832", "GOV>", ""},
		{"relinquishing the presidency", "2020-06-01", "The president has relinquished the presidency.", "0831", "GOV>", ""},
		{"vacating an office", "2020-06-01", "The president vacated his office.", "0831", "GOV>", ""},
		{"declaring an amnesty", "2020-06-01", "The king declared an amnesty for political prisoners.", "0833", "GOV>", ""},
		{"approving a candidacy", "2020-06-01", "The ruling party approved the candidacy of the opposition leader.", "0812", "PTY>OPP", ""},
		{"revoking a state of emergency", "2018-07-19", "Turkey has revoked the state of emergency.", "0814", "TUR>TURCVL", ""},
		{"revoked read as a participle", "2018-07-19", "Turkey revoked the state of emergency.", "0814", "TUR>TURCVL", ""},
		{"a tanker released is property", "2019-09-27", "Iran released the British tanker on Friday.", "0842", "IRN>GBR", ""},
		{"a leader released", "2020-06-01", "The regime released the opposition leader from house arrest.", "0841", "GOV>OPP", ""},
		{"a crew released", "2020-06-01", "The militants released the crew of the ship.", "0841", "REB>", ""},
		{"compensating victims", "2020-06-01", "The government compensated the victims' families.", "0842", "GOV>CVL", ""},
		{"a video released is no release", "2020-06-01", "The rebels released a video of the hostages.", "08", "", ""},
		{"an album released is no release", "2020-06-01", "The band released a new album.", "08", "", ""},
		{"cutting tariffs", "2020-06-01", "The government cut tariffs on American goods.", "085", "GOV>USA", ""},
		{"scrapping sanctions", "2020-06-01", "The EU scrapped its sanctions against Libya.", "085", "IGOEUR>LBY", ""},
		{"inviting inspectors", "2020-06-01", "Iran invited UN inspectors to visit the site.", "086", "IRN>IGOUNO", ""},
		{"a blockade eased", "2020-06-01", "Israel eased the blockade of Gaza.", "0872", "ISR>PSE", ""},
		{"pulling troops out", "2019-10-07", "The US pulled its troops out of Syria.", "087", "USA>SYR", ""},
		{"the withdrawal of troops", "2005-04-26", "The withdrawal of Syrian troops from Lebanon began on Monday.", "087", "SYRMIL>", ""},
		{"suspending an offensive", "2020-06-01", "The Philippine army suspended its offensive against the rebels.", "087", "PHLMIL>PHLREB", ""},
		{"a humanitarian pause agreed", "2023-11-22", "Israel agreed to a humanitarian pause in the fighting.", "0356", "ISR>", ""},
		{"a cessation of hostilities agreed", "2020-06-01", "The rebels and the army agreed to a cessation of hostilities.", "0356", "REB>MIL", ""},
		{"giving up weapons", "2020-06-01", "The militia gave up its weapons.", "0873", "UAF>", ""},
		{"a game ended is no de-escalation", "2020-06-01", "The players ended the game in a draw.", "08", "", ""},
		{"annulling a ban", "2020-06-01", "The court annulled the ban on the opposition newspaper.", "081", "JUD>MED", ""},
		{"renouncing the throne", "2020-06-01", "The king renounced the throne.", "0831", "GOV>", ""},
		{"renouncing violence", "2005-07-28", "The IRA renounced violence.", "087", "GBRREB>", ""},
		{"liberating hostages", "2020-06-01", "The army liberated the hostages.", "0841", "MIL>CVL", ""},
		{"liberating a city is no release", "2020-06-01", "The army liberated the city.", "08", "", ""},
		{"allowing inspectors", "2002-11-13", "Iraq allowed inspectors into the country.", "0862", "IRQ>", ""},
		{"granting a pardon", "2020-06-01", "The president granted a pardon to the former minister.", "0841", "GOV>GOV", ""},
		{"a labour strike suspended is no de-escalation", "2020-06-01", "The Egyptian workers suspended the strike.", "08", "", ""},
		{"operations ceased by a company", "2022-03-08", "The company ceased its operations in Russia.", "08", "", ""},
		{"an enemy arsenal destroyed is no disarmament", "2020-06-01", "The Israeli army destroyed a Hamas weapons arsenal.", "08", "", ""},
		{"soldiers going home", "2005-04-27", "The final Cuban troops in Angola went home on Friday.", "087", "CUBMIL>AGO", ""},
		{"refugees going home are no withdrawal", "2020-06-01", "The refugees went home.", "08", "", ""},
		{"agreeing to call a fresh vote", "2019-11-10", "Morales agreed to call a fresh presidential vote.", "0344", "BOLGOV>BOLOPP", ""},
		{"permission given to another party", "2020-06-01", "Israel gave permission to Egypt to deploy troops in Sinai.", "086", "ISR>EGY", ""},
		{"permission to build is no involvement", "2020-06-01", "The Israeli government gave permission to build the settlement.", "08", "", ""},
		{"will not give up weapons is a refusal", "2020-06-01", "The militia will not give up its weapons.", "1246", "UAF>", ""},
		{"will not free sailors is a refusal", "2020-06-01", "Iran will not free the detained sailors.", "1243", "IRN>", ""},
		{"a withdrawal that did not happen", "2020-06-01", "The army did not pull its troops out of the city.", "08", "", ""},
		{"violence not renounced", "2020-06-01", "The IRA has not renounced violence.", "08", "", ""},
	})
}

// TestLexiconAppeal pins CAMEO 02: an appeal combines with what it asks
// for, an infinitive or an event noun ("called for an end to the embargo"
// 0254), and the one asked is the target.
func TestLexiconAppeal(t *testing.T) {
	runLexRows(t, []lexRow{
		{"appealing for aid", "2019-04-01", "Kenya appealed for international aid after the floods.", "023", "KEN>", ""},
		{"asking for help", "2019-04-01", "The government appealed to the public for help.", "023", "GOV>", ""},
		{"requesting military assistance", "2019-04-01", "The Afghan government requested military assistance from the United States.", "0232", "AFGGOV>USA", ""},
		{"seeking loans", "2019-04-01", "Pakistan sought loans from China.", "0231", "PAK>CHN", ""},
		{"asking for a bailout", "2019-04-01", "Lebanon asked the IMF for a bailout.", "0231", "LBN>IGOUNO", ""},
		{"appealing for protection", "2019-04-01", "The Kurdish leaders appealed for protection.", "0234", "GOV>", ""},
		{"calling for early elections", "2019-04-01", "The opposition called for early elections.", "0244", "OPP>", ""},
		{"calling for reforms", "2019-04-01", "The opposition called for political reforms.", "024", "OPP>", ""},
		{"urging a release of property", "2019-07-20", "Iran urged Britain to release the tanker.", "0253", "IRN>GBR", ""},
		{"urging a release of sailors", "2018-08-01", "The UN urged Iran to free the detained sailors.", "0253", "IGOUNO>IRN", ""},
		{"an end to an embargo", "2019-04-01", "Cuba called for an end to the US embargo.", "0254", "CUB>USA", ""},
		{"humanitarian access", "2019-04-01", "The UN called for humanitarian access to Rakhine.", "0255", "IGOUNO>MMR", ""},
		{"urging restraint", "2019-04-01", "The EU urged Israel to show restraint.", "0256", "IGOEUR>ISR", ""},
		{"an end to the fighting", "2023-05-01", "The UN called for an end to the fighting in Sudan.", "0256", "IGOUNO>SDN", ""},
		{"a cessation of hostilities", "2019-04-01", "The UN Security Council called for an immediate cessation of hostilities.", "0256", "IGOUNO>", ""},
		{"the withdrawal of troops", "2022-03-01", "Amnesty International called for the withdrawal of Russian troops from Ukraine.", "0256", "NGO>RUSGOV", ""},
		{"a reiterated appeal for talks", "2019-04-01", "The EU reiterated its appeal for talks with Serbia.", "026", "IGOEUR>SRB", ""},
		{"accepting mediation", "2019-04-01", "The Arab League urged the warring parties to accept mediation.", "028", "IGOARL>", ""},
		{"settling a dispute", "2019-04-01", "France urged Iran and the United States to settle their dispute.", "027", "FRA>IRN,USA", ""},
		{"calm after riots", "2019-04-01", "The government appealed for calm after the riots.", "0252", "GOV>", ""},
		{"calm in a city", "2019-04-01", "The pope appealed for calm in Jerusalem.", "0252", "REL>ISR", ""},
		{"calling for calm", "2019-04-01", "Egypt called for calm on the border.", "0252", "EGY>", ""},
		{"returning to the table", "2019-04-01", "China urged North Korea to return to the negotiating table.", "026", "CHN>PRK", ""},
		{"laying down arms", "2019-04-01", "The president urged the rebels to lay down their arms.", "0256", "GOV>REB", ""},
		{"an infinitive after the object: return", "2015-02-01", "Washington pressed Kiev to return to the negotiating table.", "026", "USAGOV>UKRGOV", ""},
		{"an infinitive after the object: lay down weapons", "2016-03-01", "The United Nations urged the militias to lay down their weapons.", "0256", "IGOUNO>UAF", ""},
		{"an infinitive after a named object: lay down arms", "2012-06-01", "Kenya asked the Somali rebels to lay down their arms.", "0256", "KEN>SOMREB", ""},
		{"a coach asking players", "2019-04-01", "The coach asked the players to train harder.", "02", "", ""},
		{"recommending that", "2019-11-10", "The OAS recommended that the poll be rerun.", "020", "IGOOAS>", ""},
		{"advising to cooperate", "2019-04-01", "The UN advised Iraq to cooperate with the inspectors.", "021", "IGOUNO>IRQ", ""},
		{"calling a vote is no appeal", "2020-01-01", "The Israeli speaker called a vote on the bill.", "02", "", ""},
		{"calling on someone to end", "2022-03-01", "Erdogan called on Putin to end the war.", "0256", "TURGOV>RUSGOV", ""},
	})
}

// TestLexiconIntent pins CAMEO 03: promises and offers combine with the
// act promised; promised aid is coded by its kind.
func TestLexiconIntent(t *testing.T) {
	runLexRows(t, []lexRow{
		{"offering humanitarian aid", "2023-02-07", "Germany offered humanitarian aid to Turkey.", "0333", "DEU>TUR", ""},
		{"pledging money", "2022-05-01", "Japan pledged 500 million dollars to Ukraine.", "0331", "JPN>UKR", ""},
		{"promising weapons to someone", "2019-05-01", "The United States promised Israel more weapons.", "0332", "USA>ISR", ""},
		{"promising an investment", "2019-02-18", "The Saudi prince promised Pakistan an investment of 20 billion dollars.", "0331", "SAUGOV>PAK", ""},
		{"offering protection", "2019-05-01", "France offered protection to the Kurdish fighters.", "0334", "FRA>UAF", ""},
		{"signalling willingness", "2019-05-01", "The EU signaled willingness to lift sanctions on Belarus.", "0354", "IGOEUR>BLR", ""},
		{"announcing plans", "2019-05-01", "The army announced plans to withdraw from the city.", "0356", "MIL>", ""},
		{"assuring of cooperation", "2019-05-01", "Pakistan assured India of its cooperation.", "031", "PAK>IND", ""},
		{"showing readiness", "2019-05-01", "The rebels showed readiness to negotiate with the government.", "036", "REB>GOV", ""},
		{"declaring readiness", "2019-05-01", "The government declared its readiness to hold talks with the rebels.", "036", "GOV>REB", ""},
		{"giving an assurance", "2019-05-01", "The king gave an assurance to hold elections.", "0344", "GOV>", ""},
		{"agreeing to settle", "2019-05-01", "Israel and Syria agreed to settle their dispute.", "037", "ISR>SYR", ""},
		{"committed to a gerund", "2019-05-01", "Vietnam is committed to opening up its economy.", "031", "VNM>",
			"structure: a gerund after a preposition (\"committed to opening up\") is a verb group with no noun phrase, so \"commit passive to:*\" finds no object"},
		{"pledged support is not aid", "2022-05-01", "Britain pledged support for Ukraine.", "033", "", ""},
		{"assurances received", "2020-01-01", "Iran received assurances from Russia.", "030", "RUS>IRN", ""},
	})
}

// TestLexiconDiplomatic pins CAMEO 05: relations, praise, verbal defence,
// rallying support, apologies and agreements settled or approved.
func TestLexiconDiplomatic(t *testing.T) {
	runLexRows(t, []lexRow{
		{"praised for something", "2019-10-11", "The UN chief praised Ethiopia for its peace deal with Eritrea.", "051", "IGOUNO>ETH", ""},
		{"saluted for something", "2019-10-11", "The US saluted Kenya for its role in Somalia.", "051", "USA>KEN", ""},
		{"throwing weight behind", "2020-10-01", "Turkey threw its weight behind Azerbaijan.", "051", "TUR>AZE", ""},
		{"extolling a people", "2022-03-01", "Canada extolled the bravery of the Ukrainian people.", "051", "CAN>UKRCVL", ""},
		{"lending support", "2020-01-01", "Turkey lent its support to the Libyan government.", "051", "TUR>LBYGOV", ""},
		{"expressing gratitude", "2020-01-01", "The president expressed his gratitude to Japan for its help.", "051", "GOV>JPN", ""},
		{"a congratulatory message", "2021-08-05", "The Turkish president sent a congratulatory message to the new Iranian president.", "051", "TURGOV>IRNGOV", ""},
		{"reaffirming friendship", "2020-01-01", "France and Germany reaffirmed their friendship.", "050", "FRA>DEU", ""},
		{"deepening a partnership", "2020-01-01", "Russia and China deepened their strategic partnership.", "050", "RUS>CHN", ""},
		{"forging an alliance", "2020-01-01", "Israel and the UAE forged an alliance against Iran.", "050", "ISR>ARE", ""},
		{"healing a rift", "2020-01-01", "Vietnam and the United States healed the rift between them.", "050", "VNM>USA", ""},
		{"the normalization of relations", "2020-10-24", "The normalization of relations between Israel and Sudan began in 2020.", "050", "ISR>SDN",
			"structure: \"between Israel and Sudan\" hangs on \"relations\", not on \"normalization\", so the noun names no parties"},
		{"standing up for", "2022-03-01", "The Indian foreign minister stood up for Russia at the UN.", "052", "INDGOV>RUS", ""},
		{"coming to the defence of", "2020-01-01", "The German government came to the defence of its Hungarian ally.", "052", "DEUGOV>HUNGOV", ""},
		{"drumming up support", "2020-01-01", "The president drummed up support for the treaty in the Senate.", "053", "GOV>", ""},
		{"issuing an apology", "2020-01-01", "The British government issued an apology to the victims.", "055", "GBRGOV>GBRCVL", ""},
		{"begging forgiveness", "2020-01-01", "The king begged forgiveness from the families of the victims.", "055", "GOV>CVL", ""},
		{"expressing regret", "2020-01-01", "The United States expressed regret over the killing of Afghan civilians.", "055", "USA>AFGCVL", ""},
		{"expressing regret over an incident", "2020-01-01", "Japan expressed regret over the incident.", "055", "JPN>", ""},
		{"expressing regret over remarks", "2020-01-01", "Seoul expressed regret over the remarks of the Japanese minister.", "055", "KORGOV>JPNGOV", ""},
		{"settling a dispute", "2020-01-01", "Japan and South Korea settled their dispute over wartime labour.", "057", "JPN>KOR", ""},
		{"approving an agreement", "2016-11-30", "The parliament approved the peace agreement.", "057", "LEG>", ""},
		{"recruits welcomed", "2020-01-01", "The army welcomed the new recruits.", "05", "", ""},
		{"a team applauded", "2020-01-01", "The fans applauded the team.", "05", "", ""},
		{"acknowledging independence", "2020-01-01", "Ukraine acknowledged the independence of Kosovo.", "054", "UKR>XKX", ""},
		{"heralding a deal", "2020-01-01", "The president heralded the deal as historic.", "051", "GOV>", ""},
		{"a decree signed is no agreement", "2020-01-01", "The president signed a decree imposing a curfew.", "057", "", ""},
		{"signing without an object", "1994-10-26", "Israel and Jordan signed in Washington.", "057", "ISR>JOR", ""},
		{"a joint declaration signed", "2020-01-01", "The two leaders signed a joint declaration on climate.", "057", "GOV>", ""},
		{"reopening an embassy", "2020-01-01", "Turkey reopened its embassy in Syria.", "050", "TUR>SYR", ""},
	})
}

// TestLexiconInvestigate pins CAMEO 09: investigations by what they look
// into, done by verbs or by light verbs with their nouns.
func TestLexiconInvestigate(t *testing.T) {
	runLexRows(t, []lexRow{
		{"an investigation into war crimes", "2020-01-01", "The ICC launched an investigation into war crimes in Darfur.", "094", "IGOICC>SDN", ""},
		{"an investigation into a massacre", "2020-01-01", "The UN conducted an investigation into the massacre.", "094", "IGOUNO>", ""},
		{"an investigation into corruption", "2020-01-01", "Mexican prosecutors opened an investigation into corruption at the state oil company.", "091", "MEXJUD>", ""},
		{"investigating someone for corruption", "2020-01-01", "Prosecutors are investigating the former president for corruption.", "091", "JUD>GOV", ""},
		{"investigating an attack", "2022-10-09", "Ukrainian police are investigating the attack on the bridge.", "093", "UKRCOP>", ""},
		{"reviewing an airstrike", "2020-01-01", "The Pentagon reviewed the airstrike that killed civilians.", "093", "USAMIL>", ""},
		{"documenting abuses", "2020-01-01", "Human Rights Watch documented abuses by the security forces.", "092", "NGO>MIL", ""},
		{"an inquiry into a bombing", "2020-01-01", "The Dutch government ordered an inquiry into the bombing.", "093", "NLDGOV>", ""},
		{"looking into", "2020-01-01", "The army is looking into the incident.", "090", "MIL>", ""},
		{"questioning a leader", "2020-01-01", "Kenyan police questioned the opposition leader for six hours.", "090", "KENCOP>KENOPP", ""},
		{"a commission of inquiry", "2011-08-23", "The UN Human Rights Council established a commission of inquiry on Syria.", "090", "IGOUNO>SYR", ""},
		{"an investigation that found", "2020-01-01", "A UN investigation found that Syrian forces had used chemical weapons.", "090", "IGOUNO>SYRMIL", ""},
		{"a patient examined", "2020-01-01", "The doctor examined the patient.", "09", "", ""},
		{"a decision questioned", "2020-01-01", "Police questioned the decision of the referee.", "09", "", ""},
		{"inquiring into", "2020-01-01", "The Nigerian army has inquired into the deaths.", "090", "NGAMIL>", ""},
		{"an investigation against", "2020-01-01", "The French president opened an investigation against Algeria.", "090", "FRAGOV>DZA", ""},
	})
}
