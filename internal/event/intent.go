package event

import "dateline"

// intentCode returns the CAMEO code for announcing an act as one's intent:
// "Fischer will visit Albania" is an expressed intent to meet (036), "the
// rebels said they would attack" a threat (138). CAMEO codes announced acts
// this way rather than as the act; ok is false for acts whose announcement
// is not itself an event (statements, demands, rejections).
func intentCode(cameo string) (string, bool) {
	switch cameo[:2] {
	case "04":
		return "036", true
	case "05":
		return "032", true
	case "06":
		return "031", true
	case "07":
		return "033", true
	case "08":
		return "035", true
	case "14":
		return "133", true
	case "15", "18", "19", "20":
		return "138", true
	case "16":
		if cameo == "163" || cameo == "1631" {
			return "1312", true // sanctions, embargo
		}
		return "131", true
	case "17":
		return "137", true
	}
	return "", false
}

// refusalCode returns the CAMEO rejection for announcing that one will not
// do an act: "said he would not provide support" rejects cooperation.
func refusalCode(cameo string) (string, bool) {
	switch cameo[:2] {
	case "04":
		return "125", true
	case "05", "06":
		return "121", true
	case "07":
		return "122", true
	case "08":
		return "124", true
	}
	return "", false
}

func hasIntent(cameo string) bool { _, ok := intentCode(cameo); return ok }

// asIntent turns a future event into the asserted announcement of it, when
// CAMEO has an intent code for the act.
func (l *Lexicon) asIntent(f *Found, willNot bool) bool {
	if willNot && f.Modality == dateline.Negated {
		if code, ok := refusalCode(f.Code.CAMEO); ok {
			if c, ok := l.codes[code]; ok {
				f.Rule += " -> refusal " + code
				f.Code, f.Modality = c, dateline.Asserted
				return true
			}
		}
		return false
	}
	if f.Modality != dateline.Future {
		return false
	}
	code, ok := intentCode(f.Code.CAMEO)
	if !ok {
		return false
	}
	c, ok := l.codes[code]
	if !ok {
		return false
	}
	f.Rule += " -> intent " + code
	f.Code = c
	f.Modality = dateline.Asserted
	return true
}
