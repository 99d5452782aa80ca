resource "aws_sesv2_configuration_set" "mail" {
  configuration_set_name = "transactional"
  delivery_options {
    tls_policy = "REQUIRE"
  }
}
