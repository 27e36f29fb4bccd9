package pipeline

import "testing"

// TestMeasureHeldUntil: a measure its own side says it will take "until"
// another acts waits on that act as on a condition, a threat (1312), not
// an announced decision (163); one said with no such clause is decided.
func TestMeasureHeldUntil(t *testing.T) {
	testLexRows(t, []lexRow{
		{"tariff until a flow stopped", "2019-05-30", "Trump said on Thursday he would impose a 5 percent tariff on Mexico until illegal immigration stopped.", "1312", "USAGOV>MEX", ""},
		{"tariff until a country acted", "2024-11-25", "Trump said he would impose a 25 percent tariff on Canada until the country stopped the flow of drugs.", "1312", "USAOPP>CAN", ""},
		{"sanctions till a release", "2010-01-01", "Washington said it would impose sanctions on Iran till the hostages were freed.", "1312", "USAGOV>IRN", ""},
		{"an embargo until a withdrawal", "1990-08-03", "France said it would impose an embargo on Iraq until its troops withdrew from Kuwait.", "1312", "FRA>IRQ", ""},
		{"guard: a tariff until then is no decision", "2019-05-30", "Trump said on Thursday he would impose a 5 percent tariff on Mexico until illegal immigration stopped.", "163", "", ""},
		{"guard: a tariff with no condition is decided", "2018-03-01", "Trump said he would impose a 25 percent tariff on steel from China.", "163", "USAGOV>CHN", ""},
	})
}
