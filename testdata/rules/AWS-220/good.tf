variable "partner_accounts" {
  type    = list(string)
  default = ["111122223333", "444455556666"]
}

resource "aws_db_snapshot" "release" {
  db_instance_identifier = "orders"
  db_snapshot_identifier = "orders-release"
  shared_accounts        = var.partner_accounts
}

resource "aws_db_snapshot" "private" {
  db_instance_identifier = "orders"
  db_snapshot_identifier = "orders-nightly"
}

resource "aws_ami_launch_permission" "partners" {
  for_each   = toset(var.partner_accounts)
  image_id   = "ami-0a1b2c3d4e5f67890"
  account_id = each.value
}

resource "aws_imagebuilder_distribution_configuration" "golden" {
  name = "golden"

  dynamic "distribution" {
    for_each = toset(["eu-west-1", "us-east-1"])
    content {
      region = distribution.value
      ami_distribution_configuration {
        launch_permission {
          organization_arns = ["arn:aws:organizations::111122223333:organization/o-exampleorgid"]
        }
      }
    }
  }
}

resource "aws_ssm_document" "shared_runbook" {
  name          = "restart-service"
  document_type = "Command"
  permissions = {
    type        = "Share"
    account_ids = "111122223333,444455556666"
  }
  content = jsonencode({
    schemaVersion = "2.2"
    mainSteps = [{
      action = "aws:runShellScript"
      name   = "restart"
      inputs = { runCommand = ["systemctl restart app"] }
    }]
  })
}
