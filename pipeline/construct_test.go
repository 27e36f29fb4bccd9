package pipeline

import (
	"strings"
	"testing"
	"time"
)

// constructRow is one cell of the construction matrix: a sentence that
// tells an act of code (a CAMEO code or the root it begins) in one
// construction, and the dyad a user relies on as "SRC>TGT", each side a
// prefix of the actor code (a country alone, or country and sector); an
// empty side is not checked.
type constructRow struct {
	construction, code, want, text string
}

// TestConstructionMatrix codes the same kinds of act (visits, meetings,
// signings, aid, accusations, criticism, rejections, threats, protests,
// curfews, arrests, expulsions, attacks, air strikes, sanctions,
// mediation, releases, kidnappings, praise) in every construction that
// news sentences put them in, with actors, countries, tenses and word
// orders varied: an argument structure that holds for one verb must hold
// for all of them. The rows were written for the matrix, not taken from
// any evaluation set.
func TestConstructionMatrix(t *testing.T) {
	c := defaultCoder(t)
	ref, err := time.Parse(time.DateOnly, sweepDate)
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range constructionMatrix {
		t.Run(tt.construction+" "+tt.code, func(t *testing.T) {
			src, tgt, _ := strings.Cut(tt.want, ">")
			var all []string
			for _, e := range codeText(t, c, tt.text, ref) {
				all = append(all, e.CAMEO+" "+dyad(e))
				s, g, _ := strings.Cut(dyad(e), ">")
				if strings.HasPrefix(e.CAMEO, tt.code) && strings.HasPrefix(s, src) && strings.HasPrefix(g, tgt) {
					return
				}
			}
			t.Errorf("%q: got %v, want %s %s", tt.text, all, tt.code, tt.want)
		})
	}
}

var constructionMatrix = []constructRow{
	// simple active past
	{"active", "042", "FRAGOV>MLI", "The French foreign minister visited Mali on Tuesday."},
	{"active", "04", "USAGOV>CHNGOV", "The US secretary of state met the Chinese foreign minister in Bali."},
	{"active", "057", "ISRGOV>ARE", "Israel signed a security agreement with the United Arab Emirates."},
	{"active", "07", "JPNGOV>LKA", "Japan gave Sri Lanka $50 million in emergency aid."},
	{"active", "112", "CHNGOV>USA", "China accused the United States of spying on its companies."},
	{"active", "111", "FRAGOV>BRA", "France criticised Brazil over the fires in the Amazon."},
	{"active", "12", "IRNGOV>USA", "Iran rejected a US proposal for direct talks."},
	{"active", "13", "CHNGOV>TWN", "China threatened Taiwan with military action."},
	{"active", "14", "PAKCVL>PAKGOV", "Thousands of Pakistanis protested against the government in Lahore."},
	{"active", "172", "NGAGOV>", "Nigeria imposed a curfew on the city of Jos."},
	{"active", "173", "TURCOP>TURMED", "Turkish police arrested five journalists in Istanbul."},
	{"active", "174", "FRAGOV>RUS", "France expelled a Russian journalist."},
	{"active", "19", "RUSMIL>UKR", "Russian forces attacked the Ukrainian city of Kharkiv."},
	{"active", "195", "ISRMIL>SYR", "Israeli jets bombed targets near Damascus."},
	{"active", "163", "USAGOV>RUS", "The United States imposed sanctions on Russia."},
	{"active", "045", "QATGOV>", "Qatar mediated between Israel and Hamas."},
	{"active", "0841", "RUSGOV>USA", "Russia released an American basketball player."},
	{"active", "181", "UAF>NGACVL", "Gunmen kidnapped 30 schoolchildren in northern Nigeria."},
	{"active", "051", "USAGOV>IND", "The United States praised India for its role in the summit."},
	// headline present or present perfect
	{"present", "042", "JPNGOV>IND", "Japanese prime minister visits India for security talks"},
	{"present", "04", "IRNGOV>SAUGOV", "Iranian foreign minister meets Saudi counterpart in Beijing"},
	{"present", "057", "KORGOV>JPN", "South Korea signs intelligence pact with Japan"},
	{"present", "07", "USAGOV>UKR", "US sends more military aid to Ukraine"},
	{"present", "112", "RUSGOV>UKR", "Russia accuses Ukraine of shelling nuclear plant"},
	{"present", "111", "IGOEUR>HUN", "EU criticises Hungary over media law"},
	{"present", "12", "PRKGOV>KOR", "North Korea rejects South Korean offer of talks"},
	{"present", "13", "RUSGOV>FIN", "Russia threatens Finland with retaliation over NATO bid"},
	{"present", "14", "KENOPP>KENGOV", "Kenyan protesters march against tax hikes in Nairobi"},
	{"present", "172", "SLVGOV>", "El Salvador imposes state of emergency after gang killings"},
	{"present", "173", "IRNCOP>IRN", "Iranian police arrest dozens of protesters in Tehran"},
	{"present", "174", "GBRGOV>", "UK deports migrants to Rwanda"},
	{"present", "19", "ISRMIL>PSE", "Israeli troops attack Gaza refugee camp"},
	{"present", "195", "USAMIL>", "US jets bomb militia targets in Syria"},
	{"present", "163", "IGOEUR>BLR", "EU imposes new sanctions on Belarus"},
	{"present", "045", "TURGOV>", "Turkey mediates between Russia and Ukraine"},
	{"present", "0841", "IRNGOV>FRA", "Iran frees French tourist"},
	{"present", "181", "HTICRM>USA", "Gang kidnaps American missionaries in Haiti"},
	{"present", "051", "IGOUNO>GHA", "UN praises Ghana for peaceful election"},
	// passive with a "by" agent
	{"passive", "042", "KENGOV>SOM", "Somalia was visited by the Kenyan president last week."},
	{"passive", "04", "GRCGOV>TURGOV", "The Turkish ambassador was received by the Greek foreign minister on Friday."},
	{"passive", "057", "ARMGOV>AZE", "A peace accord with Azerbaijan was signed by Armenia in Washington."},
	{"passive", "07", "SAUGOV>YEM", "Humanitarian aid was sent to Yemen by Saudi Arabia on Monday."},
	{"passive", "112", "IRNGOV>ISR", "Israel was accused by Iran of sabotaging a nuclear site."},
	{"passive", "111", "USAGOV>EGY", "Egypt was criticised by the United States over the trial."},
	{"passive", "12", "ISRGOV>PSE", "The Palestinian proposal was rejected by Israel on Sunday."},
	{"passive", "13", "PRKGOV>KOR", "South Korea was threatened by North Korea with nuclear strikes."},
	{"passive", "172", "ETHGOV>", "A curfew was imposed by Ethiopia on the Amhara region."},
	{"passive", "173", "RUSCOP>RUSOPP", "Two opposition activists were arrested by Russian police in Moscow."},
	{"passive", "174", "IRNGOV>AFG", "Hundreds of Afghan migrants were deported by Iran last week."},
	{"passive", "19", "COLREB>COLMIL", "A Colombian army base was attacked by rebels on Monday."},
	{"passive", "195", "RUSMIL>UKR", "The Ukrainian city was bombed by Russian warplanes overnight."},
	{"passive", "163", "GBRGOV>IRN", "New sanctions were imposed on Iran by Britain on Monday."},
	{"passive", "0841", "NGARAD>NGACVL", "The kidnapped schoolgirls were released by Boko Haram on Friday."},
	{"passive", "181", "NERUAF>", "Two foreign aid workers were kidnapped by gunmen in Niger."},
	{"passive", "051", "IGOEUR>MDA", "Moldova was praised by the European Union for its reforms."},
	// passive without an agent
	{"bare", "172", ">", "A curfew was imposed on the city on Sunday."},
	{"bare", "173", ">EGYOPP", "Three Egyptian opposition activists were arrested on Sunday."},
	{"bare", "174", ">", "Hundreds of migrants were deported last week."},
	{"bare", "19", ">NGAMIL", "A Nigerian army base was attacked on Monday."},
	{"bare", "181", ">", "Two aid workers were kidnapped in Niger."},
	// non-restrictive relative on the source
	{"relative", "042", "DEUGOV>NGA", "The German chancellor, who visited Nigeria in May, said trade would grow."},
	{"relative", "04", "EGYGOV>SDNMIL", "The Egyptian president, who met Sudanese army leaders on Sunday, called for a truce."},
	{"relative", "057", "PHLGOV>USA", "The Philippines, which signed a defence pact with the United States in 2014, protested the incident."},
	{"relative", "07", "GBRGOV>MWI", "Britain, which sent aid to Malawi after the floods, pledged more support."},
	{"relative", "112", "VENGOV>COL", "Venezuela, which accused Colombia of plotting a coup, closed the border."},
	{"relative", "111", "CANGOV>IND", "Canada, which criticised India over the killing, expelled a diplomat."},
	{"relative", "12", "RUSGOV>UKR", "Russia, which rejected Ukraine's peace plan in November, launched new strikes."},
	{"relative", "13", "IRNGOV>ISR", "Iran, which threatened Israel with retaliation last week, held military drills."},
	{"relative", "14", "ARGCVL>", "Argentine workers, who protested against austerity on Monday, also struck."},
	{"relative", "172", "SLVGOV>", "El Salvador, which imposed a state of emergency in March, arrested thousands."},
	{"relative", "173", "INDCOP>INDOPP", "Indian police, who arrested an opposition leader on Monday, faced protests."},
	{"relative", "174", "PAKGOV>AFG", "Pakistan, which deported an Afghan journalist last year, closed the border."},
	{"relative", "19", "SOMRAD>SOMMIL", "Al-Shabaab, which attacked an army base in Mogadishu last week, claimed the raid."},
	{"relative", "195", "SAUMIL>YEM", "The Saudi-led coalition, which bombed Sanaa on Monday, denied hitting civilians."},
	{"relative", "163", "CANGOV>CHN", "Canada, which imposed sanctions on China in March, summoned its ambassador."},
	{"relative", "045", "NORGOV>", "Norway, which mediated between Colombia and the rebels, hosted the talks."},
	{"relative", "0841", "PSEREB>ISR", "Hamas, which released four Israeli hostages on Saturday, demanded more prisoners."},
	{"relative", "181", "CRM>", "The gang, which kidnapped 17 missionaries in October, demanded a ransom."},
	{"relative", "051", "CHNGOV>PAK", "China, which praised Pakistan for its support, promised more loans."},
	// opening participle ("Having Ved Y, X")
	{"having", "042", "BRAGOV>ARG", "Having visited Argentina, the Brazilian president flew to Chile."},
	{"having", "04", "QATGOV>IRNGOV", "Having met the Iranian foreign minister, the Qatari emir left for Paris."},
	{"having", "057", "SRBGOV>XKX", "Having signed an accord with Kosovo, Serbia withdrew its objections."},
	{"having", "07", "CHNGOV>PAK", "Having sent aid to Pakistan, China offered loans as well."},
	{"having", "112", "PAKGOV>IND", "Having accused India of meddling, Pakistan recalled its envoy."},
	{"having", "111", "AUSGOV>CHN", "Having criticised China over trade curbs, Australia sought talks."},
	{"having", "12", "PSEREB>ISR", "Having rejected Israel's offer, Hamas demanded a full withdrawal."},
	{"having", "13", "TURGOV>GRC", "Having threatened Greece with war, Turkey softened its tone."},
	{"having", "14", "FRAOPP>", "Having marched through Paris, the protesters gathered outside parliament."},
	{"having", "172", "PERGOV>", "Having declared a state of emergency, Peru deployed the army."},
	{"having", "173", "PAKCOP>PAKOPP", "Having arrested the opposition leader, Pakistani police sealed off his home."},
	{"having", "174", "DZAGOV>FRA", "Having expelled a French reporter, Algeria closed the border."},
	{"having", "19", "RUSMIL>", "Having attacked Mariupol for weeks, Russian forces captured the port."},
	{"having", "195", "TURMIL>", "Having bombed Kurdish positions in Iraq, Turkish jets returned to base."},
	{"having", "163", "AUSGOV>MMR", "Having imposed sanctions on Myanmar, Australia cut its aid."},
	{"having", "045", "EGYGOV>", "Having mediated between Israel and Hamas, Egypt called for calm."},
	{"having", "0841", "VENGOV>USA", "Having released two American prisoners, Venezuela asked for sanctions relief."},
	{"having", "181", "UAF>", "Having kidnapped the villagers, the gunmen fled into the forest."},
	{"having", "051", "FRAGOV>SEN", "Having praised Senegal for its democracy, France offered more aid."},
	// trailing participle ("X did Z, Ving Y")
	{"after", "042", "CHNGOV>ZMB", "The Chinese foreign minister toured Africa this week, visiting Zambia on Thursday."},
	{"after", "04", "NORGOV>COLGOV", "The Norwegian envoy spent two days in Bogota, meeting the Colombian president on Tuesday."},
	{"after", "07", "INDGOV>NPL", "India responded quickly to the earthquake, sending relief supplies to Nepal."},
	{"after", "112", "TURGOV>GRC", "Turkey summoned the Greek ambassador, accusing Greece of violating its airspace."},
	{"after", "111", "DEUGOV>POL", "Germany spoke out on Friday, criticising Poland over its judicial reforms."},
	{"after", "12", "VENGOV>USA", "Venezuela hit back on Thursday, rejecting US demands for new elections."},
	{"after", "13", "AZEGOV>ARM", "Azerbaijan massed troops on the border, threatening Armenia with a new offensive."},
	{"after", "14", "SRBCVL>", "Serbian students blocked roads on Sunday, protesting against corruption."},
	{"after", "172", "KAZGOV>", "Kazakhstan cracked down on protests, imposing a curfew on Almaty."},
	{"after", "173", "BLRCOP>BLROPP", "Belarusian police raided several homes on Friday, arresting four opposition activists."},
	{"after", "174", "LBYGOV>", "Libya tightened its borders on Monday, deporting hundreds of migrants."},
	{"after", "19", "RAD>MLIMIL", "Jihadists struck central Mali on Sunday, attacking an army post."},
	{"after", "163", "USAGOV>VEN", "Washington raised the pressure on Friday, imposing sanctions on Venezuela."},
	{"after", "045", "OMNGOV>", "Oman stepped in on Friday, mediating between Iran and the United States."},
	{"after", "0841", "BLRGOV>", "Belarus made a gesture on Monday, releasing dozens of political prisoners."},
	{"after", "051", "DEUGOV>GRC", "Germany changed its tone on Monday, praising Greece for its reforms."},
	// compound subject
	{"subjand", "042", "SWEGOV>UKR", "The Swedish and Finnish prime ministers visited Ukraine on Friday."},
	{"subjand", "04", "FRAGOV>UKRGOV", "France and Germany met Ukrainian officials in Paris on Monday."},
	{"subjand", "057", "ETHGOV>ERI", "Ethiopia and Eritrea signed a peace agreement in Jeddah."},
	{"subjand", "07", "DEUGOV>TUR", "Germany and France sent humanitarian aid to Turkey after the earthquake."},
	{"subjand", "112", "SRBGOV>XKX", "Serbia and Russia accused Kosovo of provoking the clashes."},
	{"subjand", "111", "NLDGOV>HUN", "The Netherlands and Belgium criticised Hungary over the law."},
	{"subjand", "12", "CHNGOV>USA", "China and Russia rejected a US draft resolution."},
	{"subjand", "13", "RUSGOV>UKR", "Russia and Belarus threatened Ukraine with retaliation."},
	{"subjand", "14", "CHLCVL>", "Students and workers protested in Santiago against the pension reform."},
	{"subjand", "172", "IRQGOV>", "Iraq and Kuwait imposed curfews after the clashes."},
	{"subjand", "173", "VENMIL>VENOPP", "Venezuelan soldiers and police arrested two opposition leaders."},
	{"subjand", "174", "USAGOV>CHN", "The United States and Mexico deported two Chinese dissidents."},
	{"subjand", "19", "CODREB>", "Rebels and militiamen attacked the town of Goma."},
	{"subjand", "195", "USAMIL>", "American and British warplanes bombed Houthi targets in Yemen."},
	{"subjand", "163", "USAGOV>IRN", "The United States and Britain imposed sanctions on Iran."},
	{"subjand", "045", "SAUGOV>", "Saudi Arabia and the United States mediated between Sudan's warring sides."},
	{"subjand", "0841", "RUSGOV>", "Russia and Ukraine released hundreds of prisoners of war."},
	{"subjand", "181", "CRM>", "Bandits and jihadists kidnapped hundreds of people."},
	{"subjand", "051", "USAGOV>KEN", "The United States and Britain praised Kenya for the peaceful vote."},
	// compound object
	{"objand", "042", "ITAGOV>TUN", "The Italian interior minister visited Libya and Tunisia in June."},
	{"objand", "04", "CHNGOV>PAKGOV", "The Chinese premier met the Indian and Pakistani prime ministers in Astana."},
	{"objand", "057", "IDNGOV>AUS", "Indonesia signed security agreements with Australia and New Zealand."},
	{"objand", "07", "ARE>SYR", "The United Arab Emirates sent aid to Turkey and Syria."},
	{"objand", "112", "ISRGOV>IRN", "Israel accused Hezbollah and Iran of plotting the attack."},
	{"objand", "111", "SWEGOV>IRN", "Sweden criticised Turkey and Iran over the executions."},
	{"objand", "12", "SRBGOV>XKX", "Serbia rejected the demands of Kosovo and the European Union."},
	{"objand", "13", "CHNGOV>PHL", "China threatened Vietnam and the Philippines with countermeasures."},
	{"objand", "173", "UGACOP>UGAMED", "Ugandan police arrested an opposition leader and two journalists."},
	{"objand", "19", "NGARAD>NGACOP", "Boko Haram fighters attacked an army base and a police station."},
	{"objand", "163", "JPNGOV>PRK", "Japan imposed sanctions on Russia and North Korea."},
	{"objand", "0841", "IRNGOV>FRA", "Iran released a British aid worker and a French academic."},
	{"objand", "051", "IGOEUR>ARM", "The European Union praised Armenia and Azerbaijan for the deal."},
	// object after an aside ("X Ved on Monday, in ..., Y")
	{"late", "04", "ZAFGOV>ZWEGOV", "The South African president met in Pretoria on Monday, at the start of a regional summit, the Zimbabwean president."},
	{"late", "057", "COLGOV>COL", "The Colombian government signed in Havana on Thursday, after four years of talks, a peace accord with the FARC rebels."},
	{"late", "07", "QATGOV>AFG", "Qatar sent on Tuesday, despite the closure of the airport, humanitarian aid to Afghanistan."},
	{"late", "112", "MLIGOV>FRA", "Mali accused on Monday, in a letter to the UN Security Council, France of arming jihadists."},
	{"late", "14", "BGDCVL>", "Bangladeshi students protested on Monday, for the third day in a row, against the quota system."},
	{"late", "172", "LKAGOV>", "Sri Lanka imposed on Saturday, amid growing protests over fuel shortages, a nationwide curfew."},
	{"late", "173", "NICCOP>NICREL", "Nicaraguan police arrested on Sunday, in a series of raids across the country, a Catholic bishop."},
	{"late", "174", "ISRGOV>", "Israel deported on Thursday, after months of legal wrangling, a Palestinian lawyer."},
	{"late", "19", "REB>", "Militants attacked on Tuesday, in the early hours of the morning, a military base."},
	{"late", "195", "ISRMIL>", "Israeli aircraft bombed on Sunday, in retaliation for the rocket fire, targets in southern Lebanon."},
	{"late", "163", "GBRGOV>SYR", "Britain imposed on Monday, after the chemical attack, sanctions on Syria."},
	{"late", "045", "KENGOV>", "Kenya mediated, for several months and at great cost, between Ethiopia and the Tigrayan rebels."},
	{"late", "181", "UAF>", "Gunmen kidnapped on Monday, in broad daylight, a local official."},
	{"late", "051", "GBRGOV>UKR", "Britain praised on Friday, in a statement from the foreign office, Ukraine for its courage."},
	// fronted adverbials
	{"fronted", "042", "TURGOV>QAT", "On Sunday, after weeks of speculation, the Turkish president visited Qatar."},
	{"fronted", "04", "RUSGOV>TURGOV", "On Friday, in Sochi, the Russian president met the Turkish president."},
	{"fronted", "057", "UKRGOV>TUR", "In Istanbul on Friday, Ukraine signed a grain deal with Turkey."},
	{"fronted", "07", "EGYGOV>PSE", "On Monday, through the Rafah crossing, Egypt sent aid to Gaza."},
	{"fronted", "112", "ARMGOV>AZE", "On Tuesday, in a statement, Armenia accused Azerbaijan of shelling villages."},
	{"fronted", "111", "JPNGOV>PRK", "On Saturday, after the missile launch, Japan condemned North Korea."},
	{"fronted", "12", "TURGOV>SWE", "On Monday, in Ankara, Turkey rejected Sweden's bid to join NATO."},
	{"fronted", "13", "INDGOV>PAK", "On Tuesday, in parliament, India threatened Pakistan with retaliation."},
	{"fronted", "14", "GEOOPP>GEOGOV", "On Saturday, in Tbilisi, Georgian protesters rallied against the government."},
	{"fronted", "172", "GINGOV>", "On Tuesday, after the clashes, Guinea imposed a curfew on Conakry."},
	{"fronted", "173", "HKGCOP>HKGOPP", "On Monday, in Hong Kong, police arrested pro-democracy activists."},
	{"fronted", "174", "TURGOV>", "On Sunday, in a surprise move, Turkey deported a British journalist."},
	{"fronted", "19", "UAF>AFGCOP", "On Monday, in Kabul, gunmen attacked a police checkpoint."},
	{"fronted", "195", "RUSMIL>", "On Tuesday, before dawn, Russian jets bombed Idlib."},
	{"fronted", "163", "CHEGOV>RUS", "On Tuesday, after a long debate, Switzerland imposed sanctions on Russia."},
	{"fronted", "045", "DZAGOV>", "On Monday, in Algiers, Algeria mediated between the Palestinian factions."},
	{"fronted", "0841", "EGYGOV>", "On Sunday, after two years in detention, Egypt released a prominent activist."},
	{"fronted", "181", "UAF>", "On Friday, in Port-au-Prince, gunmen kidnapped two nuns."},
	{"fronted", "051", "JPNGOV>PHL", "On Wednesday, in Manila, Japan praised the Philippines for its stance."},
	// fronted adverbials, then an opening participle
	{"frontpart", "042", "ESPGOV>MAR", "On Thursday, visiting Morocco, the Spanish prime minister promised new investment."},
	{"frontpart", "112", "IRNGOV>USA", "In Tehran on Sunday, accusing the United States of piracy, Iran seized a tanker."},
	{"frontpart", "0841", "BLRGOV>LTU", "Late on Friday, having released two Lithuanian citizens, Belarus reopened the border."},
	{"frontpart", "163", "CANGOV>IRN", "On Monday, imposing new sanctions on Iran, Canada also closed its embassy."},
	{"frontpart", "111", "AUSGOV>KHM", "Last week, criticising Cambodia over the verdict, Australia summoned its ambassador."},
	{"frontpart", "13", "PRKGOV>JPN", "Early on Tuesday, threatening Japan with nuclear strikes, North Korea fired a missile."},
	// long apposition on the subject
	{"appos", "042", "INDGOV>BGD", "Jaishankar, India's long-serving foreign minister, visited Bangladesh on Monday."},
	{"appos", "04", "SAUGOV>USAGOV", "Prince Faisal, the Saudi foreign minister and a veteran diplomat, met the US secretary of state."},
	{"appos", "057", "MARGOV>ESP", "Morocco, a close partner of the European Union for decades, signed a fisheries agreement with Spain."},
	{"appos", "07", "CANGOV>HTI", "Canada, one of Haiti's largest donors for two decades, sent emergency aid to Haiti."},
	{"appos", "112", "UKR>RUS", "Kuleba, Ukraine's foreign minister since 2020, accused Russia of war crimes."},
	{"appos", "111", "GBRGOV>ZWE", "Britain, Zimbabwe's former colonial ruler, criticised Zimbabwe over the vote."},
	{"appos", "12", "SYR>USA", "Assad, Syria's president since 2000, rejected the American proposal."},
	{"appos", "13", "ISRGOV>LBN", "Gallant, Israel's defence minister and a former general, threatened Lebanon with war."},
	{"appos", "14", "ISRCVL>", "Tens of thousands of Israelis, many of them reservists, protested against the judicial overhaul."},
	{"appos", "172", "ECUGOV>", "Noboa, Ecuador's president and a former businessman, imposed a state of emergency."},
	{"appos", "173", "SAU>SAUREL", "Saudi security forces, an arm of the interior ministry, arrested a prominent cleric."},
	{"appos", "174", "HUNGOV>", "Orban, Hungary's long-serving prime minister, expelled a foreign journalist."},
	{"appos", "19", "SOMRAD>", "Al-Shabaab, the Somali militant group linked to al-Qaeda, attacked a military base."},
	{"appos", "195", "SDNMIL>", "The Sudanese air force, long accused of indiscriminate raids, bombed villages in Darfur."},
	{"appos", "163", "USAGOV>CUB", "Blinken, the US secretary of state, imposed sanctions on Cuba."},
	{"appos", "045", "VATGOV>", "The Vatican, a frequent go-between in conflicts, mediated between Russia and Ukraine."},
	{"appos", "0841", "CUBGOV>", "Cuba, a one-party state since 1959, released dozens of political prisoners."},
	{"appos", "181", "NGARAD>", "Boko Haram, the jihadist group founded in 2002, kidnapped 276 schoolgirls."},
	{"appos", "051", "CHNGOV>KHM", "Wang Yi, China's top diplomat, praised Cambodia for its support."},
	// relative clause between subject and verb
	{"between", "042", "CANGOV>MEX", "The Canadian prime minister, who took office last year, visited Mexico on Wednesday."},
	{"between", "04", "KENGOV>ETHGOV", "The Kenyan president, who arrived late on Sunday, met the Ethiopian prime minister in Addis Ababa."},
	{"between", "057", "SDNGOV>SSD", "Sudan, whose economy is in ruins, signed an oil deal with South Sudan on Monday."},
	{"between", "07", "KWTGOV>SDN", "Kuwait, which has long funded projects in Africa, sent food aid to Sudan."},
	{"between", "112", "ETHGOV>EGY", "Ethiopia, which is building a huge dam on the Nile, accused Egypt of sabotage."},
	{"between", "111", "NORGOV>SAU", "Norway, which rarely comments on the Gulf, criticised Saudi Arabia over the executions."},
	{"between", "12", "AFGGOV>PAK", "The Taliban, who seized power in 2021, rejected Pakistan's demands."},
	{"between", "13", "SRBGOV>XKX", "Serbia, which does not recognise Kosovo, threatened Kosovo with force."},
	{"between", "14", "IRNCVL>", "Iranian women, who have defied the headscarf law for months, protested in Tehran."},
	{"between", "172", "KENGOV>", "Kenya, which faces mounting unrest, imposed a curfew on Nairobi."},
	{"between", "173", "TUNCOP>TUNOPP", "Tunisian police, who have stepped up raids since February, arrested an opposition figure."},
	{"between", "174", "MYSGOV>MMR", "Malaysia, which hosts thousands of refugees, deported 150 Myanmar nationals."},
	{"between", "19", "REB>", "The rebels, who control much of the north, attacked an army convoy."},
	{"between", "195", "NGAMIL>", "The Nigerian air force, which has stepped up its campaign, bombed rebel camps."},
	{"between", "163", "NZLGOV>RUS", "New Zealand, which rarely imposes sanctions, imposed sanctions on Russia."},
	{"between", "045", "ZAFGOV>", "South Africa, which ended apartheid through talks, mediated between the two sides."},
	{"between", "0841", "NICGOV>", "Nicaragua, which has jailed hundreds of critics, released 222 political prisoners."},
	{"between", "181", "UAF>", "The gunmen, who arrived on motorbikes, kidnapped the villagers."},
	{"between", "051", "IGOUNO>ZMB", "The IMF, which lent Zambia $1.3 billion, praised Zambia for its reforms."},
	// reported speech with the act inside
	{"reported", "042", "POLGOV>LTU", "Lithuanian officials said the Polish president had visited Vilnius on Monday."},
	{"reported", "04", "PAKGOV>AFG", "Afghan officials said the Pakistani foreign minister had met Taliban leaders in Kabul."},
	{"reported", "057", "NGAGOV>NER", "Officials in Abuja said Nigeria had signed a security pact with Niger."},
	{"reported", "07", "JORGOV>LBN", "Lebanese officials said Jordan had sent medical aid to Lebanon."},
	{"reported", "112", "SYROPP>SYRGOV", "The monitor said Syrian opposition groups had accused the government of using chemical weapons."},
	{"reported", "111", "BGDGOV>MMR", "Myanmar's state media said Bangladesh had condemned the junta over the violence."},
	{"reported", "12", "SOMGOV>", "Kenyan officials said Somalia had rejected the maritime proposal."},
	{"reported", "13", "PRKGOV>KOR", "Seoul officials said North Korea had threatened the South with nuclear strikes."},
	{"reported", "14", "TGOCVL>", "Opposition leaders said Togolese students had protested against the constitution."},
	{"reported", "172", "TUNGOV>", "Residents said Tunisia had imposed a curfew on the town."},
	{"reported", "173", "ZWECOP>ZWE", "Lawyers said Zimbabwean police had arrested an opposition lawmaker."},
	{"reported", "174", "IRNGOV>AFG", "Afghan officials said Iran had deported 2,000 Afghans."},
	{"reported", "19", "REB>", "Local officials said militants had attacked an army post."},
	{"reported", "195", "SYRMIL>", "Witnesses said Syrian warplanes had bombed a market in Idlib."},
	{"reported", "163", "USAGOV>IRN", "Iranian media said the United States had imposed new sanctions on Iran."},
	{"reported", "045", "QATGOV>", "Diplomats said Qatar had mediated between Washington and Tehran."},
	{"reported", "0841", "ISRGOV>PSE", "Palestinian officials said Israel had released 39 Palestinian prisoners."},
	{"reported", "181", "UAF>", "Police said gunmen had kidnapped two Chinese workers."},
	{"reported", "051", "KENGOV>TZA", "Tanzanian media said Kenya had praised Tanzania for hosting the talks."},
}
