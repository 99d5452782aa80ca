resource "aws_db_snapshot" "release" {
  db_instance_identifier = "orders"
  db_snapshot_identifier = "orders-release"
  shared_accounts        = ["111122223333", "all"] # want AWS-220 "shared_accounts names \"all\""
}

resource "aws_db_cluster_snapshot" "analytics" {
  db_cluster_identifier          = "analytics"
  db_cluster_snapshot_identifier = "analytics-export"
  shared_accounts                = ["all"] # want AWS-220
}

resource "aws_ami_launch_permission" "public" {
  image_id = "ami-0a1b2c3d4e5f67890"
  group    = "all" # want AWS-220
}

resource "aws_imagebuilder_distribution_configuration" "community" {
  name = "community"

  distribution {
    region = "eu-west-1"
    ami_distribution_configuration {
      launch_permission {
        user_groups = ["all"] # want AWS-220
      }
    }
  }
}

resource "aws_ssm_document" "public_runbook" {
  name          = "restart-service"
  document_type = "Command"
  permissions = {
    type        = "Share"
    account_ids = "All" # want AWS-220
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
