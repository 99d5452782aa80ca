package aws

import (
	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
)

// tlsRules returns the AWS encryption-in-transit rules.
func tlsRules() []*engine.Rule {
	return []*engine.Rule{
		{ID: "AWS-026", Check: checkTLSListenerWithoutTLS},
		{ID: "AWS-416", Check: checkInternalListenerWithoutTLS},
		{ID: "AWS-027", Check: checkTLSOutdatedPolicy},
		{ID: "AWS-028", Check: checkTLSCloudFrontAllowAll},
		lbTargetPlainHTTP(),
	}
}

// tlsDistributionConfig returns the settings of a CloudFront distribution
// in either format, with the attribute names of that format, or nil when
// its configuration is not known. A disabled distribution is judged like
// any other: its settings take effect the moment it is enabled again.
func tlsDistributionConfig(res *parser.Resource) *parser.Value {
	cfg := res.Body
	if res.Format == parser.CloudFormation {
		cfg = res.Body.Get("DistributionConfig")
	}
	if cfg == nil || cfg.Kind != parser.Object {
		return nil
	}
	return cfg
}
