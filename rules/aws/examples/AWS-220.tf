resource "aws_db_snapshot" "release" {
  db_instance_identifier = aws_db_instance.orders.identifier
  db_snapshot_identifier = "orders-release"
  shared_accounts        = ["111122223333"]
}

resource "aws_imagebuilder_distribution_configuration" "golden" {
  name = "golden"

  distribution {
    region = "eu-west-1"
    ami_distribution_configuration {
      launch_permission {
        organization_arns = ["arn:aws:organizations::111122223333:organization/o-exampleorgid"]
      }
    }
  }
}
