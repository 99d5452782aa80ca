package azure

import (
	"strings"

	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
	"github.com/soc2lint/soc2lint/rules/setting"
)

// azapiTypes are the azapi provider's resources that write an ARM
// resource's properties as a body: an HCL object, or a JSON string from
// jsonencode.
var azapiTypes = []string{"azapi_resource", "azapi_update_resource"}

// azapiBody returns res's body as an object, decoding a JSON string; nil
// when it is absent or not JSON, the unknown value when it cannot be told.
func azapiBody(res *parser.Resource) *parser.Value {
	body := res.Body.Get("body")
	if body != nil && body.Kind == parser.String {
		body, _ = setting.DecodedJSON(body)
	}
	return azapiMergeSensitive(res, body)
}

// azapiPublishingPolicy answers whether res is an azapi resource that
// writes the App Service basic-authentication publishing policy named
// policy ("scm" for Web Deploy, "ftp"): Yes, No, or CannotTell (with the
// unknown value) when its type or name cannot be told and the other does
// not rule it out.
func azapiPublishingPolicy(res *parser.Resource, policy string) (parser.Answer, *parser.Value) {
	typ, typeAt := azapiPolicyType(res)
	if typ == parser.No {
		return parser.No, nil
	}
	name, nameAt := azapiPolicyName(res, policy)
	switch {
	case name == parser.No:
		return parser.No, nil
	case typ == parser.CannotTell:
		return parser.CannotTell, typeAt
	case name == parser.CannotTell:
		return parser.CannotTell, nameAt
	}
	return parser.Yes, nil
}

// azapiPolicyType answers whether res's type is a site's or a slot's
// basicPublishingCredentialsPolicies.
func azapiPolicyType(res *parser.Resource) (parser.Answer, *parser.Value) {
	tv := res.Body.Get("type")
	t, ok := tv.AsString()
	if !ok {
		// An azapi resource of an unknown type is some ARM resource: only
		// one whose known beginning names App Service sites may be a
		// publishing policy.
		if prefix, partly := tv.KnownPrefix(); partly && strings.HasPrefix(strings.ToLower(prefix), "microsoft.web/sites") {
			return parser.CannotTell, tv
		}
		return parser.No, nil
	}
	t = strings.ToLower(t)
	return answerOf(strings.HasPrefix(t, "microsoft.web/sites/basicpublishingcredentialspolicies@") ||
		strings.HasPrefix(t, "microsoft.web/sites/slots/basicpublishingcredentialspolicies@")), nil
}

// azapiPolicyName answers whether res names the policy: azapi_resource
// gives a name, azapi_update_resource a name (with parent_id) or the whole
// resource_id.
func azapiPolicyName(res *parser.Resource, policy string) (parser.Answer, *parser.Value) {
	for _, attr := range []string{"name", "resource_id"} {
		v := res.Body.Get(attr)
		if v == nil {
			continue
		}
		if s, ok := v.AsString(); ok {
			return answerOf(strings.EqualFold(s[strings.LastIndex(s, "/")+1:], policy)), nil
		}
		if suffix, ok := v.KnownSuffix(); ok && strings.Contains(suffix, "/") {
			return answerOf(strings.EqualFold(suffix[strings.LastIndex(suffix, "/")+1:], policy)), nil
		}
		return parser.CannotTell, v
	}
	return parser.No, nil
}

func answerOf(b bool) parser.Answer {
	if b {
		return parser.Yes
	}
	return parser.No
}

// azapiPolicyAllow is the policy's properties.allow, as written.
func azapiPolicyAllow(res *parser.Resource) *parser.Value {
	return azapiBody(res).Get("properties").Get("allow")
}

// checkAzapiPublishingPolicies reports azapi resources that set the
// basic-authentication publishing policy named policy to allow = true.
func checkAzapiPublishingPolicies(p *engine.Pass, policy, problem string) {
	for _, res := range p.KnownManaged(azapiTypes...) {
		switch is, at := azapiPublishingPolicy(res, policy); is {
		case parser.No:
			continue
		case parser.CannotTell:
			p.CannotTell(res, at, parser.Unknowable(at, "the policy's type or name").Detail)
			continue
		}
		if body := azapiBody(res); body != nil && !body.IsKnown() {
			p.CannotTell(res, body, parser.Unknowable(body, "body").Detail)
			continue
		}
		p.Judge(res, parser.NotFalse(azapiPolicyAllow(res), "body.properties.allow", false), problem)
	}
}

// azapiTurnsPolicyOff reports whether an azapi resource whose parent_id
// or resource_id leads to app sets app's publishing policy named policy to
// allow = false: how modules turned basic authentication off before the
// azurerm provider had a setting for it.
func azapiTurnsPolicyOff(p *engine.Pass, app *parser.Resource, policy string) bool {
	for _, attr := range []string{"parent_id", "resource_id"} {
		for _, res := range p.Referrers(app, attr, azapiTypes...) {
			if is, _ := azapiPublishingPolicy(res, policy); is != parser.Yes || !res.Body.IsKnown() {
				continue
			}
			if azapiPolicyAllow(res).IsFalse() {
				return true
			}
		}
	}
	return false
}

// checkWebDeployBasicAuth is AZURE-147: App Service apps whose Web Deploy
// (SCM) publishing accepts basic authentication, unless an azapi resource
// turns the app's scm policy off, and azapi resources that turn it on.
func checkWebDeployBasicAuth(p *engine.Pass) {
	checkPublishingBasicAuth(p, cov7PublishWebDeployBasicAuth, "scm", "lets Web Deploy (the SCM site) accept basic-authentication publishing credentials")
}

// checkFTPBasicAuth is AZURE-108's check of App Service FTP publishing
// credentials, with the same azapi policies (named ftp) as
// checkWebDeployBasicAuth.
func checkFTPBasicAuth(p *engine.Pass) {
	checkPublishingBasicAuth(p, cov7PublishFTPBasicAuth, "ftp", "lets FTP deployment accept basic-authentication publishing credentials")
}

// checkPublishingBasicAuth judges the apps of c unless an azapi resource
// turns their policy off, and the azapi policies that turn it on.
func checkPublishingBasicAuth(p *engine.Pass, c setting.Check, policy, problem string) {
	for _, res := range p.KnownManaged(c.Types...) {
		if azapiTurnsPolicyOff(p, res, policy) {
			continue
		}
		p.Judge(res, c.Judge(res), c.Problem)
	}
	checkAzapiPublishingPolicies(p, policy, problem)
}
