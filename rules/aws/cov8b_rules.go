package aws

import (
	"encoding/json"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"go.yaml.in/yaml/v3"

	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
	"github.com/soc2lint/soc2lint/rules/setting"
)

// coverage8bRules are the rules the eighth coverage pass added for the AWS
// services from M to Z.
func coverage8bRules() []*engine.Rule {
	return []*engine.Rule{transferServerPlainFTP(), rdsProxyWithoutTLS(), sesDeliveryTLSOptional(),
		{ID: "AWS-243", Check: checkWebACLWithoutRules},
		setting.Rule(engine.Rule{ID: "AWS-244"}, setting.Check{
			Types:   []string{"aws_ssm_document", "AWS::SSM::Document"},
			If:      setting.Is(parser.A("document_type", "DocumentType"), "Command", "Session"),
			Judge:   sessionLogsNowhere,
			Problem: "Session Manager sends the session logs neither to S3 nor to CloudWatch Logs",
		}),
		setting.Rule(engine.Rule{ID: "AWS-245"}, setting.Check{
			Types:   []string{"aws_secretsmanager_secret_rotation", "AWS::SecretsManager::RotationSchedule"},
			Judge:   setting.Either(rotationDaysOver90, rotationRateOver90Days),
			Problem: "the secret is rotated less often than every 90 days",
		}),
		setting.Rule(engine.Rule{ID: "AWS-246"}, setting.Check{
			Types:   []string{"aws_sagemaker_notebook_instance", "AWS::SageMaker::NotebookInstance"},
			Judge:   setting.MustNotBe(parser.A("root_access", "RootAccess"), "Enabled", "Enabled"),
			Problem: "users of the notebook instance have root access to it",
		})}
}

// transferServerPlainFTP reports Transfer Family servers that accept plain
// FTP, whose credentials and files cross the network in clear text. The
// protocols default to SFTP alone.
func transferServerPlainFTP() *engine.Rule {
	return setting.Rule(engine.Rule{ID: "AWS-240"}, setting.Check{
		Types:   []string{"aws_transfer_server", "AWS::Transfer::Server"},
		Judge:   listNames(parser.A("protocols", "Protocols"), "FTP"),
		Problem: "the server accepts plain FTP, which sends passwords and files unencrypted",
	})
}

// rdsProxyWithoutTLS reports RDS proxies that let clients connect without
// TLS; require_tls (RequireTLS) is off by default.
func rdsProxyWithoutTLS() *engine.Rule {
	return setting.Rule(engine.Rule{ID: "AWS-241"}, setting.Check{
		Types:   []string{"aws_db_proxy", "AWS::RDS::DBProxy"},
		Judge:   setting.MustBeTrue(parser.A("require_tls", "RequireTLS"), false),
		Problem: "the proxy accepts unencrypted client connections",
	})
}

// sesDeliveryTLSOptional reports SES configuration sets whose delivery TLS
// policy is optional, the default: SES then delivers in clear text to mail
// servers that do not offer TLS.
func sesDeliveryTLSOptional() *engine.Rule {
	return setting.Rule(engine.Rule{ID: "AWS-242"}, setting.Check{
		Types: []string{"aws_ses_configuration_set", "aws_sesv2_configuration_set", "AWS::SES::ConfigurationSet"},
		Judge: setting.MustBeOneOf(parser.A("delivery_options.tls_policy", "DeliveryOptions.TlsPolicy"),
			"Optional", "Require"),
		Problem: "mail sent with the configuration set may be delivered without TLS",
	}, setting.Check{
		// Inbound mail: an active receipt rule accepts mail sent without
		// TLS unless its TLS policy is Require (Optional by default); a
		// rule not enabled (the default) receives nothing.
		Types:   []string{"aws_ses_receipt_rule", "AWS::SES::ReceiptRule"},
		If:      setting.Not(setting.MustBeTrue(parser.A("enabled", "Rule.Enabled"), false)),
		Judge:   setting.MustBeOneOf(parser.A("tls_policy", "Rule.TlsPolicy"), "Optional", "Require"),
		Problem: "mail received under the rule may arrive without TLS",
	})
}

// listNames judges a list setting that must not hold one of bad.
func listNames(a parser.Attr, bad ...string) setting.Judge {
	return func(res *parser.Resource) parser.Verdict {
		elems, unknown := setting.Elems(a.Of(res))
		for _, e := range elems {
			if e.IsAnyOf(bad...) {
				s, _ := e.AsString()
				return parser.Bad(e, a.Name(res)+" holds "+s)
			}
		}
		if unknown != nil {
			return parser.Unknowable(unknown, a.Name(res))
		}
		return parser.Decided
	}
}

// Web ACLs by WAF version: their rules and their default action, which
// lets a request through when it is Allow (a block in WAFv2, a type in
// WAF Classic).
var (
	webACLv2Types      = []string{"aws_wafv2_web_acl", "AWS::WAFv2::WebACL"}
	webACLClassicTypes = []string{"aws_waf_web_acl", "aws_wafregional_web_acl", "AWS::WAF::WebACL", "AWS::WAFRegional::WebACL"}
	webACLv2Rules      = parser.A("rule", "Rules")
	webACLv2RuleJSON   = parser.A("rule_json", "")
	webACLv2Allow      = parser.A("default_action.allow", "DefaultAction.Allow")
	webACLClassicRules = parser.A("rules", "Rules")
	webACLClassicType  = parser.A("default_action.type", "DefaultAction.Type")
)

// checkWebACLWithoutRules is AWS-243: a web ACL with no rule whose default
// action allows lets every request through, so the resources it protects
// have a WAF in name only. Rule groups associated with a WAFv2 web ACL by
// aws_wafv2_web_acl_rule_group_association count as rules.
func checkWebACLWithoutRules(p *engine.Pass) {
	for _, res := range p.ResourcesOfType(append(webACLv2Types, webACLClassicTypes...)...) {
		if res.Data || !p.BodyKnown(res) {
			continue
		}
		rules, allow := webACLClassicRules, setting.Is(webACLClassicType, "", "ALLOW")
		v2 := slices.Contains(webACLv2Types, res.Type)
		if v2 {
			rules, allow = webACLv2Rules, webACLv2Allows
		}
		blocks, unknown := setting.Blocks(rules.Of(res))
		// An empty rule block (rule {}) names no rule: it is no rule.
		blocks = slices.DeleteFunc(blocks, func(b *parser.Value) bool { return len(b.Attrs) == 0 })
		if unknown == nil && v2 {
			unknown = setting.Unknown(webACLv2RuleJSON.Of(res))
		}
		switch {
		case v2 && parser.Set(webACLv2RuleJSON.Of(res)) == parser.Yes:
			continue
		case v2 && len(p.Referrers(res, "web_acl_arn", "aws_wafv2_web_acl_rule_group_association")) > 0:
			continue
		case len(blocks) > 0 && unknown == nil && v2:
			// Rules that all only count block nothing either.
			if counting, u := webACLRulesOnlyCount(res, blocks); u != nil {
				p.CannotTell(res, u, parser.Unknowable(u, rules.Name(res)).Detail)
			} else if counting {
				p.Judge(res, allow(res), "every rule of the web ACL only counts (action or override_action count) and it allows every request by default")
			}
			continue
		case len(blocks) > 0:
			continue
		case unknown != nil:
			p.CannotTell(res, unknown, parser.Unknowable(unknown, rules.Name(res)).Detail)
			continue
		}
		p.Judge(res, allow(res), "the web ACL has no rule and allows every request by default")
	}
}

var (
	webACLv2RuleCount     = parser.A("action.count", "Action.Count")
	webACLv2RuleOverCount = parser.A("override_action.count", "OverrideAction.Count")
)

// webACLRulesOnlyCount reports whether every rule of a WAFv2 web ACL only
// counts matching requests: a rule whose action is Count, or a rule group
// reference whose override action is Count (which turns the group's
// blocking actions into counts). A rule that blocks, challenges, asks for
// a CAPTCHA, or leaves a rule group's own actions in force (override
// action None) is not. It returns the value that hides an answer.
func webACLRulesOnlyCount(res *parser.Resource, blocks []*parser.Value) (bool, *parser.Value) {
	for _, b := range blocks {
		counted := false
		for _, a := range []parser.Attr{webACLv2RuleCount, webACLv2RuleOverCount} {
			v := parser.Lookup(b, a.Path(res))
			switch parser.Set(v) {
			case parser.CannotTell:
				return false, v
			case parser.Yes:
				counted = true
			}
		}
		if !counted {
			return false, nil
		}
	}
	return len(blocks) > 0, nil
}

// webACLv2Allows answers Yes when a WAFv2 web ACL's default action is
// Allow (an allow block, possibly empty, in default_action).
func webACLv2Allows(res *parser.Resource) parser.Verdict {
	v := webACLv2Allow.Of(res)
	if parser.Set(v) == parser.CannotTell {
		return parser.Unknowable(v, webACLv2Allow.Name(res))
	}
	if v == nil {
		return parser.Decided
	}
	return parser.Bad(v, webACLv2Allow.Name(res)+" is set")
}

// sessionLogsNowhere judges a Session Manager preferences document (a
// Session document of session type Standard_Stream) that names neither an
// S3 bucket nor a CloudWatch Logs group for the session logs. Other
// session types take their logging from the preferences document, or
// cannot be logged (port forwarding).
func sessionLogsNowhere(res *parser.Resource) parser.Verdict {
	content := parser.A("content", "Content").Of(res)
	doc := sessionDocument(res, content)
	if doc == nil {
		if parser.Set(content) == parser.CannotTell {
			return parser.Unknowable(content, "content")
		}
		return parser.Decided
	}
	if !doc.Get("sessionType").IsAnyOf("Standard_Stream") {
		if parser.Set(doc.Get("sessionType")) == parser.CannotTell {
			return parser.Unknowable(doc.Get("sessionType"), "content.sessionType")
		}
		return parser.Decided
	}
	inputs := doc.Get("inputs")
	var unknown *parser.Value
	for _, dest := range []string{"s3BucketName", "cloudWatchLogGroupName"} {
		v := inputs.Get(dest)
		switch {
		case parser.Set(v) == parser.CannotTell:
			unknown = v
		case parser.Set(v) == parser.Yes && !v.IsAnyOf(""):
			return parser.Decided
		}
	}
	if unknown != nil {
		return parser.Unknowable(unknown, "content.inputs")
	}
	return parser.Bad(content, "inputs.s3BucketName and inputs.cloudWatchLogGroupName are empty")
}

// sessionDocument decodes an SSM document's content: an object
// (CloudFormation), JSON text, or YAML text when the document format is
// YAML. It returns nil when the content cannot be read.
func sessionDocument(res *parser.Resource, content *parser.Value) *parser.Value {
	if content == nil || content.Kind != parser.String ||
		!parser.A("document_format", "DocumentFormat").Of(res).IsAnyOf("YAML") {
		return policyDocument(content)
	}
	var doc any
	if yaml.Unmarshal([]byte(content.Str), &doc) != nil {
		return nil
	}
	text, err := json.Marshal(doc)
	if err != nil {
		return nil
	}
	return decodePolicy(string(text), content)
}

// rotationSchedule is a rotation's schedule expression: rate(N days) or a
// cron expression.
var rotationSchedule = parser.A("rotation_rules.schedule_expression", "RotationRules.ScheduleExpression")

// rotationDays is a rotation's interval in days.
var rotationDays = parser.A("rotation_rules.automatically_after_days", "RotationRules.AutomaticallyAfterDays")

// rotationDaysOver90 answers Yes for an interval of more than 90 days.
func rotationDaysOver90(res *parser.Resource) parser.Verdict {
	v := rotationDays.Of(res)
	if parser.Set(v) == parser.CannotTell {
		return parser.Unknowable(v, rotationDays.Name(res))
	}
	if n, ok := v.AsInt(); ok && n > 90 {
		return parser.Bad(v, fmt.Sprintf("%s = %d, more than 90", rotationDays.Name(res), n))
	}
	return parser.Decided
}

// rotationRateOver90Days answers Yes for a schedule expression rate(N
// days) (or weeks, hours) longer than 90 days. A cron expression runs at
// least yearly and is judged by the days it names only through rate():
// it is not reported.
func rotationRateOver90Days(res *parser.Resource) parser.Verdict {
	v := rotationSchedule.Of(res)
	if parser.Set(v) == parser.CannotTell {
		return parser.Unknowable(v, rotationSchedule.Name(res))
	}
	s, ok := v.AsString()
	if !ok {
		return parser.Decided
	}
	days, ok := rateDays(s)
	if !ok || days <= 90 {
		return parser.Decided
	}
	return parser.Bad(v, fmt.Sprintf("%s = %q rotates every %d days", rotationSchedule.Name(res), s, days))
}

// rateDays reads a rate(N unit) expression as whole days.
func rateDays(s string) (int, bool) {
	s = strings.ToLower(strings.TrimSpace(s))
	if !strings.HasPrefix(s, "rate(") || !strings.HasSuffix(s, ")") {
		return 0, false
	}
	f := strings.Fields(s[len("rate(") : len(s)-1])
	if len(f) != 2 {
		return 0, false
	}
	n, err := strconv.Atoi(f[0])
	if err != nil {
		return 0, false
	}
	switch strings.TrimSuffix(f[1], "s") {
	case "day":
		return n, true
	case "week":
		return n * 7, true
	case "hour":
		return n / 24, true
	}
	return 0, false
}
