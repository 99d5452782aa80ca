package aws

import (
	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
	"github.com/soc2lint/soc2lint/rules/setting"
)

// coverage8bRules are the rules the eighth coverage pass added for the AWS
// services from M to Z.
func coverage8bRules() []*engine.Rule {
	return []*engine.Rule{transferServerPlainFTP(), rdsProxyWithoutTLS(), sesDeliveryTLSOptional()}
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
