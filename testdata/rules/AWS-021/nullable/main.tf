# A caller passes null for both inputs. "encrypted" is declared
# nullable = false, so Terraform uses its default (true); "legacy_encrypted"
# is nullable, so the null reaches storage_encrypted and RDS's default (false)
# applies.
module "db" {
  source           = "./db"
  encrypted        = null
  legacy_encrypted = null
}
