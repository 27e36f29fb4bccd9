package pipeline

import "testing"

// TestAssetsFrozenIn: a sum frozen in assets or reserves is an asset
// freeze (163), not aid withheld (162).
func TestAssetsFrozenIn(t *testing.T) {
	testLexRowsWith(t, defaultCoder(t), []lexRow{
		{"billions frozen in central bank assets", "2021-08-17", "The United States froze $7 billion in Afghan central bank assets.", "163", "USAGOV>AFGGOV", ""},
		{"a sum frozen in reserves", "2022-02-28", "The European Union froze 300 billion euros in Russian central bank reserves.", "163", "IGOEUR>RUSGOV", ""},
		{"a sum frozen in accounts", "2011-03-01", "Switzerland froze millions of dollars in Libyan accounts on Monday.", "163", "CHEGOV>LBYGOV", ""},
		{"guard: frozen sums are no aid", "2021-08-17", "The United States froze $7 billion in Afghan central bank assets.", "162", "", ""},
		{"guard: aid frozen stays aid", "2013-10-09", "The United States froze $260 million in cash aid to Egypt.", "163", "", ""},
		{"guard: assets not frozen", "2021-08-17", "The United States did not freeze $7 billion in Afghan assets.", "163", "", ""},
	})
}

// TestPoliceDeployedAcross: police deployed across, around or throughout a
// place in the passive with no agent are a show of police (153).
func TestPoliceDeployedAcross(t *testing.T) {
	testLexRowsWith(t, defaultCoder(t), []lexRow{
		{"riot police deployed across a city", "2018-12-08", "Thousands of riot police were deployed across Paris on Saturday.", "153", "FRACOP>FRAGOV", ""},
		{"police deployed around parliament", "2019-06-12", "Hundreds of police officers were deployed around the Legislative Council in Hong Kong.", "153", "HKGCOP>HKGGOV", ""},
		{"police deployed throughout a country", "2017-08-07", "Some 150,000 police officers were deployed throughout Kenya ahead of the vote.", "153", "KENCOP>KENGOV", ""},
		{"guard: police not deployed", "2018-12-08", "Riot police were not deployed across Paris.", "153", "", ""},
		{"guard: police to be deployed", "2018-12-08", "Riot police will be deployed across Paris.", "153", "", ""},
	})
}

// TestShotDeadMoreThan: "more than" after "shot dead" opens the object
// ("shot dead more than 100 protesters"), not the adjective phrase.
func TestShotDeadMoreThan(t *testing.T) {
	testLexRowsWith(t, defaultCoder(t), []lexRow{
		{"shot dead more than 100 protesters", "2021-03-27", "Myanmar's security forces shot dead more than 100 protesters on Saturday.", "175", "MMRMIL>MMROPP", ""},
		{"shot dead more than 20 people", "2008-01-01", "Police shot dead more than 20 people in Nairobi.", "18", "KENCOP>KENCVL", ""},
		{"shot dead fewer than ten soldiers", "2020-01-01", "Rebels shot dead fewer than ten soldiers in the attack.", "19", "REB>MIL", ""},
		{"guard: more dangerous than before", d, "The situation became more dangerous than before.", "19", "", ""},
		{"guard: higher than expected", d, "Prices were higher than expected.", "19", "", ""},
	})
}
