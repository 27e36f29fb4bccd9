package pipeline

import "testing"

// TestCoverDisapprove reads CAMEO root 11 by words the codebook names for it that the lexicon
// lacked (hlexb): words of disparagement (maligned, slandered, taunted, lectured on, fumed at,
// smeared as). Negated, hypothetical and other-sense rows must code nothing.
func TestCoverDisapprove(t *testing.T) {
	testLexRows(t, []lexRow{
		{"111: Russia maligned Ukraine", d, "Russia maligned Ukraine.", "111", "RUS>UKR", ""},
		{"111: Beijing has repeatedly denigrated the Dalai Lama", d, "Beijing has repeatedly denigrated the Dalai Lama.", "111", "CHNGOV>CHNREL", ""},
		{"111: The Venezuelan president slandered the Colombian govern", d, "The Venezuelan president slandered the Colombian government on Tuesday.", "111", "VENGOV>COLGOV", ""},
		{"111: North Korea taunted the United States over the failed s", d, "North Korea taunted the United States over the failed summit.", "111", "PRK>USA", ""},
		{"111: China lectured Washington on human rights", d, "China lectured Washington on human rights.", "111", "CHN>USAGOV", ""},
		{"111: Israel fumed at the United Nations over the vote", d, "Israel fumed at the United Nations over the vote.", "111", "ISR>IGOUNO", ""},
		{"111: Iran's foreign minister defamed Saudi Arabia in a speec", d, "Iran's foreign minister defamed Saudi Arabia in a speech in 2016.", "111", "IRNGOV>SAU", ""},
		{"111: The Hungarian government smeared the opposition as trai", d, "The Hungarian government smeared the opposition as traitors.", "111", "HUNGOV>HUNOPP", ""},
		{"111: The Chinese envoy was maligned by the Philippine foreig", d, "The Chinese envoy was maligned by the Philippine foreign minister.", "111", "PHLGOV>CHNGOV", ""},
		{"no 11: The professor lectured students at Cairo University", d, "The professor lectured students at Cairo University.", "11", "", ""},
		{"no 11: Iran did not malign Saudi Arabia", d, "Iran did not malign Saudi Arabia.", "11", "", ""},
		{"no 11: Two women smeared his face with VX nerve agent in Kua", d, "Two women smeared his face with VX nerve agent in Kuala Lumpur.", "11", "", ""},
		{"no 11: If Cuba slanders Washington again talks will end", d, "If Cuba slanders Washington again, talks will end.", "11", "", ""},
		{"1125: Thai police charged the protest leaders with sedition", d, "Thai police charged the protest leaders with sedition.", "1125", "THACOP>THAOPP", ""},
	})
}

// TestCoverReject reads CAMEO root 12 by words the codebook names for it that the lexicon lacked
// (hlexb): a truce or armistice renounced, repudiated, torn up or scrapped is an agreement
// rejected (127). Negated, hypothetical and other-sense rows must code nothing.
func TestCoverReject(t *testing.T) {
	testLexRows(t, []lexRow{
		{"127: North Korea renounced the armistice with South Korea", d, "North Korea renounced the armistice with South Korea.", "127", "PRK>KOR", ""},
		{"127: The rebels tore up the ceasefire with the Sudanese gove", d, "The rebels tore up the ceasefire with the Sudanese government.", "127", "SDNREB>SDNGOV", ""},
		{"127: In 2013 Pyongyang scrapped the armistice that ended the", d, "In 2013 Pyongyang scrapped the armistice that ended the Korean War.", "127", "PRKGOV>", ""},
		{"127: Hamas repudiated the truce with Israel", d, "Hamas repudiated the truce with Israel.", "127", "PSEREB>ISR", ""},
		{"no 12: North Korea will not renounce the armistice", d, "North Korea will not renounce the armistice.", "12", "", ""},
		{"no 12: Hamas may scrap the truce with Israel", d, "Hamas may scrap the truce with Israel.", "12", "", ""},
	})
}

// TestCoverProtest reads CAMEO root 14 by words the codebook names for it that the lexicon lacked
// (hlexb): a rally attended, protesters sitting outside a seat of power (141); a fast kept by
// prisoners or protesters, or in protest (142); a go-slow, a work-to-rule, a stayaway (143);
// protesters sitting down in a road (144); a building firebombed by protesters (145). Negated,
// hypothetical and other-sense rows must code nothing.
func TestCoverProtest(t *testing.T) {
	testLexRows(t, []lexRow{
		{"141: Thousands of Malaysians attended an anti-government ral", d, "Thousands of Malaysians attended an anti-government rally in Kuala Lumpur.", "141", "MYSCVL>MYSGOV", ""},
		{"141: Ukrainian students attended a protest against the gover", d, "Ukrainian students attended a protest against the government in Kiev.", "141", "UKRCVL>UKRGOV", ""},
		{"142: The jailed Bahraini activist has been fasting since Mon", d, "The jailed Bahraini activist has been fasting since Monday.", "142", "BHROPP>BHRGOV", ""},
		{"142: Palestinian detainees fasted in protest against their d", d, "Palestinian detainees fasted in protest against their detention.", "142", "PSECVL>PSEGOV", ""},
		{"142: Imprisoned Kurdish dissidents are fasting in Turkish ja", d, "Imprisoned Kurdish dissidents are fasting in Turkish jails.", "142", "TUROPP>TURGOV", ""},
		{"no 14: Muslims in Indonesia were fasting for Ramadan", d, "Muslims in Indonesia were fasting for Ramadan.", "14", "", ""},
		{"no 14: The Bahraini activist did not attend the rally", d, "The Bahraini activist did not attend the rally.", "14", "", ""},
		{"145: Protesters petrol-bombed the Danish embassy in Beirut", d, "Protesters petrol-bombed the Danish embassy in Beirut.", "145", "LBNCVL>DNKGOV", ""},
		{"143: Dockworkers in Chile began a work-to-rule", d, "Dockworkers in Chile began a work-to-rule.", "143", "CHLLAB>CHLGOV", ""},
		{"143: French air traffic controllers staged a go-slow on Tues", d, "French air traffic controllers staged a go-slow on Tuesday.", "143", "FRA>FRAGOV", ""},
		{"143: South African workers observed a stayaway in Johannesbu", d, "South African workers observed a stayaway in Johannesburg.", "143", "ZAFLAB>ZAFGOV", ""},
		{"143: The go-slow by Nigerian customs officers paralysed the ", d, "The go-slow by Nigerian customs officers paralysed the port of Lagos.", "143", "NGACOP>NGAGOV", ""},
		{"no 14: French air traffic controllers called off their go-sl", d, "French air traffic controllers called off their go-slow.", "14", "", ""},
		{"no 14: Nigerian customs officers did not stage a go-slow", d, "Nigerian customs officers did not stage a go-slow.", "14", "", ""},
		{"no 14: The police formed a cordon around the parliament in V", d, "The police formed a cordon around the parliament in Vilnius.", "14", "", ""},
		{"141: Hundreds of Chinese protesters sat silently outside the", d, "Hundreds of Chinese protesters sat silently outside the government compound in Beijing.", "141", "CHNOPP>CHNGOV", ""},
		{"141: Thai protesters sat outside Government House in Bangkok", d, "Thai protesters sat outside Government House in Bangkok on Sunday.", "141", "THAOPP>THAGOV", ""},
		{"144: Czech demonstrators sat down in the road outside the mi", d, "Czech demonstrators sat down in the road outside the ministry in Prague.", "144", "CZEOPP>CZEGOV", ""},
		{"144: Indian farmers sat on the highway near Delhi", d, "Indian farmers sat on the highway near Delhi.", "144", "INDCVL>INDGOV", ""},
		{"no 14: The Thai prime minister sat outside Government House", d, "The Thai prime minister sat outside Government House.", "14", "", ""},
		{"no 14: Czech protesters did not sit down in the road", d, "Czech protesters did not sit down in the road.", "14", "", ""},
		{"no 14: Protesters sat in the front row at the trial", d, "Protesters sat in the front row at the trial.", "14", "", ""},
		{"no 14: Indian troops conducted a surgical strike in Pakistan", d, "Indian troops conducted a surgical strike in Pakistani Kashmir.", "14", "", ""},
	})
}

// TestCoverPosture reads CAMEO root 15 by words the codebook names for it that the lexicon lacked
// (hlexb): forces redeployed (154); a nuclear arsenal or strategic forces put on alert (152); the
// deployment or mobilisation of forces near a border, named by the noun (154). Negated,
// hypothetical and other-sense rows must code nothing.
func TestCoverPosture(t *testing.T) {
	testLexRows(t, []lexRow{
		{"154: The Colombian army redeployed troops to the Venezuelan ", d, "The Colombian army redeployed troops to the Venezuelan border.", "154", "COLMIL>VEN", ""},
		{"154: Russia has redeployed warships to the Black Sea", d, "Russia has redeployed warships to the Black Sea.", "154", "RUS>", ""},
		{"152: Pakistan put its nuclear arsenal on high alert", d, "Pakistan put its nuclear arsenal on high alert.", "152", "PAK>", ""},
		{"152: Russia placed its strategic forces on alert", d, "Russia placed its strategic forces on alert.", "152", "RUS>", ""},
		{"no 15: India did not redeploy troops to the border", d, "India did not redeploy troops to the border.", "15", "", ""},
		{"no 15: Pakistan would put its nuclear arsenal on alert if at", d, "Pakistan would put its nuclear arsenal on alert if attacked.", "15", "", ""},
		{"154: The deployment of Russian troops near the Turkish borde", d, "The deployment of Russian troops near the Turkish border alarmed Ankara.", "154", "RUSMIL>TUR", ""},
		{"154: The mobilisation of Greek troops on the Turkish border ", d, "The mobilisation of Greek troops on the Turkish border sparked protests in Ankara.", "154", "GRCMIL>TUR", ""},
		{"154: Turkey protested after the mobilization of Syrian reser", d, "Turkey protested after the mobilization of Syrian reservists near its border.", "154", "SYR>TUR", ""},
		{"no 15: Greece said there would be no mobilisation of its tro", d, "Greece said there would be no mobilisation of its troops on the border.", "15", "", ""},
	})
}

// TestCoverReduce reads CAMEO root 16 by words the codebook names for it that the lexicon lacked
// (hlexb): a state ostracised (160). Negated, hypothetical and other-sense rows must code nothing.
func TestCoverReduce(t *testing.T) {
	testLexRows(t, []lexRow{
		{"160: The Arab League ostracised Egypt after the peace treaty", d, "The Arab League ostracised Egypt after the peace treaty with Israel.", "160", "IGOARL>EGY", ""},
		{"160: Saudi Arabia ostracised Qatar", d, "Saudi Arabia ostracised Qatar.", "160", "SAU>QAT", ""},
		{"no 16: Saudi Arabia did not ostracise Qatar", d, "Saudi Arabia did not ostracise Qatar.", "16", "", ""},
	})
}

// TestCoverCoerce reads CAMEO root 17 by words the codebook names for it that the lexicon lacked
// (hlexb): a people persecuted or oppressed (170); a group deregistered (1722, a verb the word
// tables lacked); people manhandled by police or charged with batons (175), handcuffed or loaded
// onto buses (173). Negated, hypothetical and other-sense rows must code nothing.
func TestCoverCoerce(t *testing.T) {
	testLexRows(t, []lexRow{
		{"170: China persecuted Falun Gong followers", d, "China persecuted Falun Gong followers.", "170", "CHN>CHNREL", ""},
		{"170: The Burmese junta oppressed the Karen minority", d, "The Burmese junta oppressed the Karen minority.", "170", "MMRGOV>", ""},
		{"170: Christians have been persecuted by the Iranian authorit", d, "Christians have been persecuted by the Iranian authorities.", "170", "IRNGOV>", ""},
		{"170: The persecution of the Uighurs by China drew criticism", d, "The persecution of the Uighurs by China drew criticism.", "170", "CHN>", ""},
		{"no 17: Rwandan police did not persecute the opposition", d, "Rwandan police did not persecute the opposition.", "17", "", ""},
		{"1722: Russia deregistered the human rights group Memorial", d, "Russia deregistered the human rights group Memorial.", "1722", "RUS>NGORUS", ""},
		{"175: Police manhandled opposition lawmakers in Kampala", d, "Police manhandled opposition lawmakers in Kampala.", "175", "UGACOP>UGALEG", ""},
		{"175: Opposition lawmakers were manhandled by Ugandan police", d, "Opposition lawmakers were manhandled by Ugandan police.", "175", "UGACOP>UGALEG", ""},
		{"173: Zimbabwean police handcuffed the opposition leader in H", d, "Zimbabwean police handcuffed the opposition leader in Harare.", "173", "ZWECOP>ZWEOPP", ""},
		{"no 17: Police did not handcuff the opposition leader", d, "Police did not handcuff the opposition leader.", "17", "", ""},
		{"173: Police loaded the protesters onto buses in Beijing", d, "Police loaded the protesters onto buses in Beijing.", "173", "CHNCOP>CHNOPP", ""},
		{"173: Riot police loaded dozens of Belarusian demonstrators i", d, "Riot police loaded dozens of Belarusian demonstrators into vans.", "173", "BLRCOP>BLROPP", ""},
		{"175: British police charged the striking miners with batons", d, "British police charged the striking miners with batons.", "175", "GBRCOP>GBRCVL", ""},
		{"175: Kenyan riot police charged the opposition supporters wi", d, "Kenyan riot police charged the opposition supporters with batons in Nairobi.", "175", "KENCOP>KENOPP", ""},
		{"no 17: Workers loaded the aid onto trucks in Amman", d, "Workers loaded the aid onto trucks in Amman.", "17", "", ""},
		{"no 17: Police did not charge the protesters with batons", d, "Police did not charge the protesters with batons.", "17", "", ""},
	})
}

// TestCoverAssault reads CAMEO root 18 by words the codebook names for it that the lexicon lacked
// (hlexb): brutalised, acid thrown (182), a shooting spree, a car riddled with bullets (180), a
// bomb that tears or rips through a place, a building firebombed (183). Negated, hypothetical and
// other-sense rows must code nothing.
func TestCoverAssault(t *testing.T) {
	testLexRows(t, []lexRow{
		{"182: Soldiers brutalised villagers in Kashmir", d, "Soldiers brutalised villagers in Kashmir.", "182", "MIL>CVL", ""},
		{"182: Detainees were brutalized by Egyptian police", d, "Detainees were brutalized by Egyptian police.", "182", "EGYCOP>", ""},
		{"180: A gunman went on a shooting spree in Norway", d, "A gunman went on a shooting spree in Norway.", "180", "UAF>NOR", ""},
		{"183: A bomb tore through a Shiite mosque in Pakistan killing", d, "A bomb tore through a Shiite mosque in Pakistan, killing 30 worshippers.", "183", "PAKUAF>PAKCVL", ""},
		{"183: A bomb ripped through a bus carrying Israeli soldiers", d, "A bomb ripped through a bus carrying Israeli soldiers.", "183", "ISRUAF>ISRMIL", ""},
		{"1832: A car bomb tore through a convoy of Iraqi police", d, "A car bomb tore through a convoy of Iraqi police.", "1832", "IRQUAF>IRQCOP", ""},
		{"no 18: Soldiers did not brutalise the villagers", d, "Soldiers did not brutalise the villagers.", "18", "", ""},
		{"182: Assailants hurled acid at a female journalist in Pakist", d, "Assailants hurled acid at a female journalist in Pakistan.", "182", "UAF>PAKMED", ""},
		{"182: A man threw acid at an Indian schoolgirl in Delhi", d, "A man threw acid at an Indian schoolgirl in Delhi.", "182", "INDUAF>INDCVL", ""},
		{"183: Attackers firebombed a mosque in Sweden", d, "Attackers firebombed a mosque in Sweden.", "183", "UAF>SWECVL", ""},
		{"180: Gunmen riddled the car of the Mexican mayor with bullet", d, "Gunmen riddled the car of the Mexican mayor with bullets.", "180", "UAF>MEXGOV", ""},
		{"no 18: Police found acid at the scene", d, "Police found acid at the scene.", "18", "", ""},
		{"183: Militants petrol-bombed a police station in Belfast", d, "Militants petrol-bombed a police station in Belfast.", "183", "GBRREB>GBRCOP", ""},
	})
}

// TestCoverFight reads CAMEO root 19 by words the codebook names for it that the lexicon lacked
// (hlexb): armed forces that defeat, rout or engage an armed enemy (190; "routed" is read as
// "route"), pummelled (194), the sinking of a ship, a surgical strike, never a labour strike
// (190). Negated, hypothetical and other-sense rows must code nothing.
func TestCoverFight(t *testing.T) {
	testLexRows(t, []lexRow{
		{"190: Government forces routed the rebels near Goma", d, "Government forces routed the rebels near Goma.", "190", "CODMIL>CODREB", ""},
		{"190: Ugandan troops defeated the rebels in northern Uganda", d, "Ugandan troops defeated the rebels in northern Uganda.", "190", "UGAMIL>UGAREB", ""},
		{"190: The Sri Lankan army has defeated the Tamil Tigers", d, "The Sri Lankan army has defeated the Tamil Tigers.", "190", "LKAMIL>LKAREB", ""},
		{"194: Ukrainian artillery pummelled Russian positions near Kh", d, "Ukrainian artillery pummelled Russian positions near Kherson.", "194", "UKRMIL>RUS", ""},
		{"no 19: The ruling party routed the opposition in the electio", d, "The ruling party routed the opposition in the elections.", "19", "", ""},
		{"no 19: The Bolivian parliament defeated the bill", d, "The Bolivian parliament defeated the bill.", "19", "", ""},
		{"no 19: The Iraqi army did not defeat the Islamic State", d, "The Iraqi army did not defeat the Islamic State.", "19", "", ""},
		{"190: The sinking of a Turkish ship by the Greek navy sparked", d, "The sinking of a Turkish ship by the Greek navy sparked protests in Ankara.", "190", "GRCMIL>TUR", ""},
		{"190: The Malian army engaged jihadists near Timbuktu", d, "The Malian army engaged jihadists near Timbuktu.", "190", "MLIMIL>RAD", ""},
		{"190: Nigerian troops engaged Boko Haram fighters in Borno", d, "Nigerian troops engaged Boko Haram fighters in Borno.", "190", "NGAMIL>NGARAD", ""},
		{"no 19: The Malian army engaged the rebels in talks", d, "The Malian army engaged the rebels in talks.", "19", "", ""},
		{"no 19: The Malian government engaged a consultant", d, "The Malian government engaged a consultant.", "19", "", ""},
		{"190: Indian troops conducted a surgical strike in Pakistani ", d, "Indian troops conducted a surgical strike in Pakistani Kashmir.", "190", "INDMIL>PAK", ""},
		{"190: The surgical strike by Indian commandos killed dozens o", d, "The surgical strike by Indian commandos killed dozens of militants.", "190", "INDMIL>INDREB", ""},
		{"no 19: India did not carry out a surgical strike in Pakistan", d, "India did not carry out a surgical strike in Pakistan.", "19", "", ""},
	})
}

// TestCoverMassViolence reads CAMEO root 20 by words the codebook names for it that the lexicon
// lacked (hlexb): villages or families wiped out (202). Negated, hypothetical and other-sense rows
// must code nothing.
func TestCoverMassViolence(t *testing.T) {
	testLexRows(t, []lexRow{
		{"202: Sudanese militias wiped out entire villages in Darfur", d, "Sudanese militias wiped out entire villages in Darfur.", "202", "SDNUAF>SDNCVL", ""},
		{"202: Serb paramilitaries wiped out whole families in Bosnia", d, "Serb paramilitaries wiped out whole families in Bosnia.", "202", "SRBMIL>BIHCVL", ""},
		{"no 20: The floods wiped out villages in Bangladesh", d, "The floods wiped out villages in Bangladesh.", "20", "", ""},
	})
}
