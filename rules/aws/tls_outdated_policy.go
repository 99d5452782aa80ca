package aws

import (
	"strings"

	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
)

// tlsModernELBPolicy holds the name parts of the ELB security policies
// that require TLS 1.2 or later. Others (ELBSecurityPolicy-2016-08,
// -TLS13-1-0-2021-06, -FS-2018-06, ...) accept TLS 1.0 or 1.1.
var tlsModernELBPolicy = []string{"-TLS13-1-2-", "-TLS13-1-3-", "-TLS-1-2-", "-FS-1-2-"}

// tlsOldCloudFrontProtocols are the CloudFront minimum protocol versions
// below TLS 1.2, and the spellings TLSv1.0 and TLSv1.1 that name such a
// version although CloudFront does not accept them.
var tlsOldCloudFrontProtocols = []string{"SSLv3", "TLSv1", "TLSv1_2016", "TLSv1.1_2016", "TLSv1.0", "TLSv1.1"}

// tlsOldELBPolicy judges whether v names a predefined ELB security policy
// that accepts TLS 1.0 or 1.1.
func tlsOldELBPolicy(v *parser.Value, name string) parser.Verdict {
	if parser.Set(v) == parser.CannotTell {
		return parser.Unknowable(v, name)
	}
	s, ok := v.AsString()
	if !ok {
		return parser.Decided
	}
	s = strings.ToUpper(strings.TrimSpace(s))
	if !strings.HasPrefix(s, "ELBSECURITYPOLICY-") {
		return parser.Decided
	}
	for _, m := range tlsModernELBPolicy {
		if strings.Contains(s, m) {
			return parser.Decided
		}
	}
	return yes(v)
}

// The settings AWS-027 reads.
var (
	tlsListenerPolicy    = parser.A("ssl_policy", "SslPolicy")
	tlsViewerMinProtocol = parser.A("viewer_certificate.minimum_protocol_version", "DistributionConfig.ViewerCertificate.MinimumProtocolVersion")
	tlsDomainPolicy      = parser.A("security_policy", "SecurityPolicy")
	tlsV2DomainConfigs   = parser.A("domain_name_configuration", "DomainNameConfigurations")
	tlsV2DomainPolicy    = parser.A("security_policy", "SecurityPolicy")
)

func checkTLSOutdatedPolicy(p *engine.Pass) {
	for _, res := range p.ResourcesOfType("aws_lb_listener", "aws_alb_listener", "AWS::ElasticLoadBalancingV2::Listener",
		"aws_cloudfront_distribution", "AWS::CloudFront::Distribution",
		"aws_api_gateway_domain_name", "AWS::ApiGateway::DomainName",
		"aws_apigatewayv2_domain_name", "AWS::ApiGatewayV2::DomainName") {
		if !p.BodyKnown(res) {
			continue
		}
		switch res.Type {
		case "aws_lb_listener", "aws_alb_listener", "AWS::ElasticLoadBalancingV2::Listener":
			// The policy only applies to HTTPS and TLS listeners (and to
			// one whose protocol is not written: a policy names TLS).
			proto, pol := tlsListenerProtocol.Of(res), tlsListenerPolicy.Of(res)
			if parser.Set(pol) == parser.No {
				// An HTTPS or TLS listener created through the API
				// (CloudFormation, Terraform, the CLI) without a policy
				// gets ELBSecurityPolicy-2016-08; only the console picks a
				// TLS 1.2 one.
				v := parser.OneOf(proto, tlsListenerProtocol.Name(res), "", "HTTPS", "TLS")
				report(p, res, v, "%s is a %s listener with no %s, so it uses the default security policy ELBSecurityPolicy-2016-08, which accepts TLS 1.0 and 1.1",
					res.Address, strings.ToUpper(str(proto)), tlsListenerPolicy.Name(res))
				continue
			}
			v := parser.Both(parser.OneOf(proto, tlsListenerProtocol.Name(res), "HTTPS", "HTTPS", "TLS"),
				tlsOldELBPolicy(pol, tlsListenerPolicy.Name(res)))
			if v.Answer == parser.Yes {
				v.At = pol
			}
			report(p, res, v, "%s uses security policy %s, which accepts TLS 1.0 or 1.1", res.Address, str(pol))
		case "aws_cloudfront_distribution", "AWS::CloudFront::Distribution":
			cfg := tlsDistributionConfig(res)
			if cfg == nil {
				if dc := parser.A("", "DistributionConfig").Of(res); parser.Set(dc) == parser.CannotTell {
					p.CannotTell(res, dc, parser.Unknowable(dc, "DistributionConfig").Detail)
				}
				continue
			}
			v := tlsViewerMinProtocol.Of(res)
			switch isOneOf(v, tlsViewerMinProtocol.Name(res), tlsOldCloudFrontProtocols...).Answer {
			case parser.Yes:
				p.Report(res, v, "%s accepts viewers with minimum protocol %s, below TLS 1.2", res.Address, v.Str)
			case parser.CannotTell:
				p.CannotTell(res, v, parser.Unknowable(v, tlsViewerMinProtocol.Name(res)).Detail)
			default:
				if vc := tlsCustomCertificate(res, cfg); v == nil && vc != nil {
					// The provider sends TLSv1 when a custom certificate names no minimum.
					p.Report(res, vc, "%s accepts viewers with minimum protocol TLSv1, below TLS 1.2 (%s is not set, and the default is TLSv1)", res.Address, tlsViewerMinProtocol.Name(res))
				} else if dc := tlsDefaultCertificate(res, cfg); dc != nil {
					p.Report(res, dc, "%s serves the default *.cloudfront.net certificate, for which CloudFront uses the TLSv1 security policy whatever the minimum protocol version says", res.Address)
				}
			}
		case "aws_apigatewayv2_domain_name", "AWS::ApiGatewayV2::DomainName":
			v := anyItem(tlsV2DomainConfigs, tlsV2DomainPolicy, func(v *parser.Value, name string) parser.Verdict {
				return isOneOf(v, name, "TLS_1_0")
			})(res)
			report(p, res, v, "%s uses security policy TLS_1_0, which accepts TLS 1.0 and 1.1", res.Address)
		case "aws_api_gateway_domain_name", "AWS::ApiGateway::DomainName":
			v := tlsDomainPolicy.Of(res)
			report(p, res, isOneOf(v, tlsDomainPolicy.Name(res), "TLS_1_0"),
				"%s uses security policy TLS_1_0, which accepts TLS 1.0 and 1.1", res.Address)
		}
	}
	checkClassicELBNegotiation(p)
}

// tlsCustomCertificate returns the viewer certificate (Terraform block,
// CloudFormation ViewerCertificate) of a distribution that serves a custom certificate (ACM or IAM) rather than
// the default *.cloudfront.net one, or nil.
func tlsCustomCertificate(res *parser.Resource, cfg *parser.Value) *parser.Value {
	if cfg == nil {
		return nil
	}
	if res.Format == parser.CloudFormation {
		// CloudFront's API takes TLSv1 when a custom certificate names
		// no MinimumProtocolVersion.
		vc := cfg.Get("ViewerCertificate")
		if vc == nil || vc.Kind != parser.Object || vc.Get("CloudFrontDefaultCertificate").IsTrue() ||
			parser.Set(vc.Get("AcmCertificateArn")) == parser.No && parser.Set(vc.Get("IamCertificateId")) == parser.No {
			return nil
		}
		return vc
	}
	vc := parser.A("viewer_certificate", "").Block(res)
	if vc == nil || vc.Kind != parser.Object || vc.Get("cloudfront_default_certificate").IsTrue() {
		return nil
	}
	if parser.Set(vc.Get("acm_certificate_arn")) == parser.No && parser.Set(vc.Get("iam_certificate_id")) == parser.No {
		return nil
	}
	return vc
}

// tlsDefaultCertificate returns the value that makes a distribution serve
// the default *.cloudfront.net certificate (cloudfront_default_certificate
// / CloudFrontDefaultCertificate true, or in CloudFormation no
// ViewerCertificate, whose default it is, and in Terraform no
// viewer_certificate block), or nil.
func tlsDefaultCertificate(res *parser.Resource, cfg *parser.Value) *parser.Value {
	if res.Format == parser.Terraform {
		if res.Body.Get("viewer_certificate") == nil {
			return cfg
		}
		vc := parser.A("viewer_certificate", "").Block(res)
		if vc == nil || vc.Kind != parser.Object || !vc.Get("cloudfront_default_certificate").IsTrue() ||
			parser.AnySet(vc.Get("acm_certificate_arn"), vc.Get("iam_certificate_id")) {
			return nil
		}
		return vc.Get("cloudfront_default_certificate")
	}
	vc := cfg.Get("ViewerCertificate")
	if vc == nil {
		return cfg
	}
	// A certificate named beside the flag contradicts it: not judged.
	if vc.Kind != parser.Object || !vc.Get("CloudFrontDefaultCertificate").IsTrue() ||
		parser.AnySet(vc.Get("AcmCertificateArn"), vc.Get("IamCertificateId")) {
		return nil
	}
	return vc.Get("CloudFrontDefaultCertificate")
}
