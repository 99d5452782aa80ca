package aws

import (
	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
	"github.com/soc2lint/soc2lint/rules/setting"
)

func tlsCloudFrontAllowAll() *engine.Rule {
	return &engine.Rule{
		ID:       "AWS-028",
		Name:     "cloudfront-allows-http",
		Title:    "CloudFront cache behavior lets viewers use plain HTTP",
		Severity: engine.Medium,
		Description: "A cache behavior of an enabled CloudFront distribution (the default one or an ordered one) " +
			"sets the viewer protocol policy to allow-all, so viewers can fetch content over unencrypted HTTP. " +
			"redirect-to-https and https-only keep viewer traffic encrypted.",
		Remediation: engine.Remediation{Summary: "Set viewer_protocol_policy (ViewerProtocolPolicy) to redirect-to-https or https-only on every cache behavior."},
		Checklist:   []string{"DATA-4"},
		Links: []string{
			"https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/using-https-viewers-to-cloudfront.html",
		},
		Precision: "very-high",
		Check:     checkTLSCloudFrontAllowAll,
	}
}

// cfEnabled is whether a distribution serves viewers: required in both
// formats; a disabled one is not judged.
var cfEnabled = parser.A("enabled", "DistributionConfig.Enabled")

func checkTLSCloudFrontAllowAll(p *engine.Pass) {
	for _, res := range p.ResourcesOfType("aws_cloudfront_distribution", "AWS::CloudFront::Distribution") {
		if !p.BodyKnown(res) || cfEnabled.Of(res).IsFalse() {
			continue
		}
		for _, behaviors := range []parser.Attr{cfDefaultBehavor, cfBehaviors} {
			items, unknown := setting.Blocks(behaviors.Of(res))
			if unknown != nil {
				p.CannotTell(res, unknown, parser.Unknowable(unknown, behaviors.Name(res)).Detail)
				continue
			}
			for _, cb := range items {
				v := parser.Lookup(cb, cfViewerPolicy.Path(res))
				report(p, res, isOneOf(v, cfViewerPolicy.Name(res), "allow-all"),
					"%s lets viewers use HTTP in %s (viewer protocol policy allow-all)", res.Address, behaviors.Name(res))
			}
		}
	}
}
