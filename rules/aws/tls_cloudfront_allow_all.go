package aws

import (
	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
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
		SOC2:        []string{"CC6.7"},
		Provider:    "aws",
		Links: []string{
			"https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/using-https-viewers-to-cloudfront.html",
		},
		Precision: "very-high",
		Check:     checkTLSCloudFrontAllowAll,
	}
}

func checkTLSCloudFrontAllowAll(p *engine.Pass) {
	for _, res := range p.ResourcesOfType("aws_cloudfront_distribution", "AWS::CloudFront::Distribution") {
		cfg := tlsDistributionConfig(res)
		behaviors, attr := []string{"default_cache_behavior", "ordered_cache_behavior"}, "viewer_protocol_policy"
		if res.Format == parser.CloudFormation {
			behaviors, attr = []string{"DefaultCacheBehavior", "CacheBehaviors"}, "ViewerProtocolPolicy"
		}
		for _, name := range behaviors {
			for _, cb := range cfg.Get(name).Items() {
				if v := cb.Get(attr); v.IsAnyOf("allow-all") {
					p.Report(res, v, "%s lets viewers use HTTP in %s (viewer protocol policy allow-all)", res.Address, name)
				}
			}
		}
	}
}
